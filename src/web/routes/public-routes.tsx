import { createRoute, Outlet } from '@tanstack/react-router';
import type { CatalogSearch } from '../features/catalog/catalog-search.js';
import { parseCatalogSearch, parseVersionSearch } from '../features/catalog/catalog-search.js';
import { PublicProcedurePage } from '../features/catalog/public-procedure-page.js';
import { PublicSearchPage } from '../features/catalog/public-search-page.js';
import { LateDossiersPage } from '../features/public-index/late-dossiers-page.js';
import {
  type PublicIndexSearch,
  parsePublicIndexSearch,
} from '../features/public-index/public-index-api.js';
import { PublicIndexPage } from '../features/public-index/public-index-page.js';
import { LookupPage } from '../features/public-lookup/lookup-page.js';
import { LookupResultPage } from '../features/public-lookup/lookup-result-page.js';
import { PublicLayout } from '../ui/public-layout.js';
import { rootRoute } from './root-route.js';

/** Pages for citizens: outside the signed-in route, so they never ask for a session. */
export const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: () => (
    <PublicLayout>
      <Outlet />
    </PublicLayout>
  ),
});

export const publicSearchRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/thu-tuc',
  validateSearch: parseCatalogSearch,
  component: PublicSearchRouteComponent,
});

function PublicSearchRouteComponent() {
  const search = publicSearchRoute.useSearch();
  const navigate = publicSearchRoute.useNavigate();
  const onSearchChange = (next: CatalogSearch) => void navigate({ search: next, replace: true });
  return <PublicSearchPage search={search} onSearchChange={onSearchChange} />;
}

export const publicProcedureRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/thu-tuc/$code',
  validateSearch: parseVersionSearch,
  component: PublicProcedureRouteComponent,
});

function PublicProcedureRouteComponent() {
  const { code } = publicProcedureRoute.useParams();
  const { version } = publicProcedureRoute.useSearch();
  return <PublicProcedurePage code={code} version={version} />;
}

/** Dossier lookup: the code printed on the receipt, whose QR code leads to `/tra-cuu/<code>`. */
export const lookupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/tra-cuu',
  component: LookupPage,
});

export const lookupResultRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/tra-cuu/$code',
  component: LookupResultRouteComponent,
});

function LookupResultRouteComponent() {
  const { code } = lookupResultRoute.useParams();
  return <LookupResultPage key={code} code={code} />;
}

/** The service index as the province discloses it: each unit's on-time share in a month. */
export const publicIndexRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/cong-khai/chi-so-phuc-vu',
  validateSearch: parsePublicIndexSearch,
  component: PublicIndexRouteComponent,
});

function PublicIndexRouteComponent() {
  const search = publicIndexRoute.useSearch();
  const navigate = publicIndexRoute.useNavigate();
  const onSearchChange = (next: PublicIndexSearch) =>
    void navigate({ search: next, replace: true });
  return <PublicIndexPage search={search} onSearchChange={onSearchChange} />;
}

/** The monthly public list of late dossiers, by agency. */
export const lateDossiersRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/cong-khai/ho-so-tre-han',
  validateSearch: parsePublicIndexSearch,
  component: LateDossiersRouteComponent,
});

function LateDossiersRouteComponent() {
  const search = lateDossiersRoute.useSearch();
  const navigate = lateDossiersRoute.useNavigate();
  const onSearchChange = (next: PublicIndexSearch) =>
    void navigate({ search: next, replace: true });
  return <LateDossiersPage search={search} onSearchChange={onSearchChange} />;
}

/** The public disclosure pages, for the route tree. */
export const publicIndexRoutes = [publicIndexRoute, lateDossiersRoute] as const;
