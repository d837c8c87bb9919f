import { createRoute } from '@tanstack/react-router';
import { isBucket } from '../../domain/indicators/buckets.js';
import { AccountPage } from '../features/account/account-page.js';
import { UsersPage } from '../features/admin-users/users-page.js';
import { parseUsersSearch, type UsersSearch } from '../features/admin-users/users-search.js';
import { CalendarPage } from '../features/calendar/calendar-page.js';
import { parseCalendarSearch } from '../features/calendar/calendar-search.js';
import { currentYearInVietnam } from '../features/calendar/vietnam-today.js';
import { CatalogPage } from '../features/catalog/catalog-page.js';
import {
  type CatalogSearch,
  parseCatalogSearch,
  parseVersionSearch,
} from '../features/catalog/catalog-search.js';
import { ProcedureEditorPage } from '../features/catalog/procedure-editor-page.js';
import { DossierImportPage } from '../features/dossier-import/dossier-import-page.js';
import { DossierPage } from '../features/dossiers/dossier-page.js';
import { IntakeListPage } from '../features/dossiers/intake-list-page.js';
import {
  type IntakeListSearch,
  parseIntakeListSearch,
} from '../features/dossiers/intake-list-search.js';
import { IntakePage } from '../features/dossiers/intake-page.js';
import { HomePage } from '../features/home/home-page.js';
import { InboxPage } from '../features/inbox/inbox-page.js';
import { type InboxSearch, parseInboxSearch } from '../features/inbox/inbox-search.js';
import { IndicatorSettingsPage } from '../features/indicator-settings/indicator-settings-page.js';
import {
  DossiersBehindPage,
  type DossiersBehindSearch,
} from '../features/indicators/dossiers-behind-page.js';
import {
  type IndicatorSearch,
  parseIndicatorSearch,
} from '../features/indicators/indicators-api.js';
import { IndicatorsPage } from '../features/indicators/indicators-page.js';
import { signedInRoute } from './signed-in-route.js';

export const homeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/',
  component: HomePage,
});

export const accountRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tai-khoan',
  component: AccountPage,
});

export const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/quan-tri/nguoi-dung',
  validateSearch: parseUsersSearch,
  component: UsersRouteComponent,
});

function UsersRouteComponent() {
  const search = usersRoute.useSearch();
  const navigate = usersRoute.useNavigate();
  const onSearchChange = (next: UsersSearch) => void navigate({ search: next, replace: true });
  return <UsersPage search={search} onSearchChange={onSearchChange} />;
}

export const calendarRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/lich-lam-viec',
  validateSearch: parseCalendarSearch,
  component: CalendarRouteComponent,
});

function CalendarRouteComponent() {
  const { year } = calendarRoute.useSearch();
  const navigate = calendarRoute.useNavigate();
  const thisYear = currentYearInVietnam();
  // The current year stays out of the address, so a bookmark keeps following the calendar.
  const onYearChange = (next: number) =>
    void navigate({ search: { year: next === thisYear ? undefined : next }, replace: true });
  return <CalendarPage year={year ?? thisYear} onYearChange={onYearChange} />;
}

export const catalogRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/danh-muc-tthc',
  validateSearch: parseCatalogSearch,
  component: CatalogRouteComponent,
});

function CatalogRouteComponent() {
  const search = catalogRoute.useSearch();
  const navigate = catalogRoute.useNavigate();
  const onSearchChange = (next: CatalogSearch) => void navigate({ search: next, replace: true });
  return <CatalogPage search={search} onSearchChange={onSearchChange} />;
}

export const procedureEditorRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/danh-muc-tthc/$code',
  validateSearch: parseVersionSearch,
  component: ProcedureEditorRouteComponent,
});

function ProcedureEditorRouteComponent() {
  const { code } = procedureEditorRoute.useParams();
  const { version } = procedureEditorRoute.useSearch();
  const navigate = procedureEditorRoute.useNavigate();
  const onVersionChange = (next: number | undefined) =>
    void navigate({ search: { version: next } });
  return <ProcedureEditorPage code={code} version={version} onVersionChange={onVersionChange} />;
}

export const intakeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tiep-nhan-ho-so',
  component: IntakePage,
});

export const intakeListRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tiep-nhan-ho-so/danh-sach',
  validateSearch: parseIntakeListSearch,
  component: IntakeListRouteComponent,
});

function IntakeListRouteComponent() {
  const search = intakeListRoute.useSearch();
  const navigate = intakeListRoute.useNavigate();
  const onSearchChange = (next: IntakeListSearch) => void navigate({ search: next, replace: true });
  return <IntakeListPage search={search} onSearchChange={onSearchChange} />;
}

export const dossierRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/tiep-nhan-ho-so/$id',
  component: DossierRouteComponent,
});

function DossierRouteComponent() {
  const { id } = dossierRoute.useParams();
  // A new dossier's page starts afresh rather than keeping the previous one's scroll and dialogs.
  return <DossierPage key={id} id={id} />;
}

export const inboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/ho-so-can-xu-ly',
  validateSearch: parseInboxSearch,
  component: InboxRouteComponent,
});

function InboxRouteComponent() {
  const search = inboxRoute.useSearch();
  const navigate = inboxRoute.useNavigate();
  const onSearchChange = (next: InboxSearch) => void navigate({ search: next, replace: true });
  return <InboxPage search={search} onSearchChange={onSearchChange} />;
}

export const indicatorsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/chi-so-phuc-vu',
  validateSearch: parseIndicatorSearch,
  component: IndicatorsRouteComponent,
});

function IndicatorsRouteComponent() {
  const search = indicatorsRoute.useSearch();
  const navigate = indicatorsRoute.useNavigate();
  const onSearchChange = (next: IndicatorSearch) => void navigate({ search: next, replace: true });
  return <IndicatorsPage search={search} onSearchChange={onSearchChange} />;
}

export const dossiersBehindRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/chi-so-phuc-vu/ho-so',
  validateSearch: (raw: Record<string, unknown>): DossiersBehindSearch => {
    const s = parseIndicatorSearch(raw);
    return {
      agencyId: s.agencyId ?? '',
      period: s.period ?? 'month',
      date: s.date ?? '',
      bucket: isBucket(raw.bucket) ? raw.bucket : 'counted',
    };
  },
  component: () => <DossiersBehindPage search={dossiersBehindRoute.useSearch()} />,
});

export const indicatorSettingsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/quan-tri/chi-so-phuc-vu',
  validateSearch: (raw: Record<string, unknown>): { tab?: 'scheme' | undefined } => ({
    tab: raw.tab === 'scheme' ? 'scheme' : undefined,
  }),
  component: IndicatorSettingsRouteComponent,
});

function IndicatorSettingsRouteComponent() {
  const { tab } = indicatorSettingsRoute.useSearch();
  const navigate = indicatorSettingsRoute.useNavigate();
  // The plan's targets are the first tab and stay out of the address.
  const onTabChange = (next: 'targets' | 'scheme') =>
    void navigate({ search: { tab: next === 'scheme' ? 'scheme' : undefined }, replace: true });
  return <IndicatorSettingsPage tab={tab ?? 'targets'} onTabChange={onTabChange} />;
}

export const dossierImportRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/quan-tri/nhap-ho-so',
  component: DossierImportPage,
});
