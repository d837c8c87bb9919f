import { NavLink } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/current-user.js';
import { visibleNavItems } from './nav-items.js';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { permissions } = useCurrentUser();
  const pathname = useLocation({ select: (location) => location.pathname });
  return (
    <>
      {visibleNavItems(permissions).map(({ to, label, icon: Icon }) => {
        const active = isActive(pathname, to);
        return (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={t(`nav.${label}`)}
            leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </>
  );
}
