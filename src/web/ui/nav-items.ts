import {
  IconCalendar,
  IconChartBar,
  IconClipboardCheck,
  IconDatabaseImport,
  IconFileImport,
  IconHome,
  IconListDetails,
  type IconProps,
  IconShieldCheck,
  IconTargetArrow,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Action } from '../api/types.js';
import type { Messages } from '../i18n/vi.js';

export type NavPath =
  | '/'
  | '/tiep-nhan-ho-so'
  | '/ho-so-can-xu-ly'
  | '/danh-muc-tthc'
  | '/chi-so-phuc-vu'
  | '/kiem-soat-tthc'
  | '/lich-lam-viec'
  | '/quan-tri/chi-so-phuc-vu'
  | '/quan-tri/nhap-ho-so'
  | '/quan-tri/nguoi-dung'
  | '/tai-khoan';

export interface NavItem {
  to: NavPath;
  label: keyof Messages['nav'];
  icon: ComponentType<IconProps>;
  /** Left out for items every signed-in officer sees. */
  permission?: Action;
}

/** One list drives both the menu and the guards, so a hidden item is also a closed door. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'home', icon: IconHome },
  { to: '/tiep-nhan-ho-so', label: 'receive', icon: IconFileImport, permission: 'dossier.receive' },
  {
    to: '/ho-so-can-xu-ly',
    label: 'inbox',
    icon: IconClipboardCheck,
    permission: 'dossier.process',
  },
  { to: '/danh-muc-tthc', label: 'catalog', icon: IconListDetails, permission: 'catalog.manage' },
  { to: '/chi-so-phuc-vu', label: 'indicators', icon: IconChartBar, permission: 'indicator.read' },
  {
    to: '/kiem-soat-tthc',
    label: 'tthcControl',
    icon: IconShieldCheck,
    permission: 'tthc_control.manage',
  },
  { to: '/lich-lam-viec', label: 'calendar', icon: IconCalendar },
  {
    to: '/quan-tri/chi-so-phuc-vu',
    label: 'indicatorSettings',
    icon: IconTargetArrow,
    permission: 'indicator.settings.manage',
  },
  {
    to: '/quan-tri/nhap-ho-so',
    label: 'dossierImport',
    icon: IconDatabaseImport,
    permission: 'dossier.import',
  },
  { to: '/quan-tri/nguoi-dung', label: 'users', icon: IconUsers, permission: 'user.read' },
  { to: '/tai-khoan', label: 'account', icon: IconUserCircle },
];

export function navItem(to: NavPath): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.to === to);
  if (!item) throw new Error(`No navigation item for ${to}`);
  return item;
}

export function visibleNavItems(permissions: readonly Action[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}
