import { AppShell, Burger, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth/current-user.js';
import { useSignOut } from '../features/auth/use-sign-out.js';
import { LanguageSwitch } from './language-switch.js';
import { MainNav } from './main-nav.js';

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <UnstyledButton component={Link} to="/" miw={0}>
              <Text fw={700} c="blue.8" fz={{ base: 'sm', sm: 'lg' }} lh={1.2} truncate="end">
                {t('app.productName')}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Stack gap={0} align="flex-end" visibleFrom="md">
              <Text size="sm" fw={600} lh={1.3}>
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.3}>
                {user.agency.name}
              </Text>
            </Stack>
            <LanguageSwitch />
            <Button
              variant="light"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              loading={signOut.isPending}
              onClick={() => signOut.mutate()}
            >
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <MainNav onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
