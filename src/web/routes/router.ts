import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { FullPageLoader } from '../ui/full-page-loader.js';
import { RouteError } from '../ui/route-error.js';
import {
  accountRoute,
  calendarRoute,
  catalogRoute,
  dossierImportRoute,
  dossierRoute,
  dossiersBehindRoute,
  homeRoute,
  inboxRoute,
  indicatorSettingsRoute,
  indicatorsRoute,
  intakeListRoute,
  intakeRoute,
  procedureEditorRoute,
  usersRoute,
} from './page-routes.js';
import { placeholderRoutes } from './placeholder-routes.js';
import {
  lookupResultRoute,
  lookupRoute,
  publicIndexRoutes,
  publicProcedureRoute,
  publicRoute,
  publicSearchRoute,
} from './public-routes.js';
import { rootRoute } from './root-route.js';
import { signInRoute } from './sign-in-route.js';
import { signedInRoute } from './signed-in-route.js';

const routeTree = rootRoute.addChildren([
  signInRoute,
  publicRoute.addChildren([
    publicSearchRoute,
    publicProcedureRoute,
    lookupRoute,
    lookupResultRoute,
    ...publicIndexRoutes,
  ]),
  signedInRoute.addChildren([
    homeRoute,
    accountRoute,
    usersRoute,
    calendarRoute,
    indicatorSettingsRoute,
    dossierImportRoute,
    catalogRoute,
    procedureEditorRoute,
    intakeRoute,
    intakeListRoute,
    dossierRoute,
    inboxRoute,
    indicatorsRoute,
    dossiersBehindRoute,
    ...placeholderRoutes,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data freshness is react-query's job; the router should always ask it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: FullPageLoader,
    defaultErrorComponent: RouteError,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
