import { createRoute, Outlet } from '@tanstack/react-router';
import type { CatalogSearch } from '../features/catalog/catalog-search.js';
import { parseCatalogSearch, parseVersionSearch } from '../features/catalog/catalog-search.js';
import { PublicProcedurePage } from '../features/catalog/public-procedure-page.js';
import { PublicSearchPage } from '../features/catalog/public-search-page.js';
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
