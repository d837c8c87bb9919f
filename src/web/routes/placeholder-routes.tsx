import { createRoute } from '@tanstack/react-router';
import type { NavPath } from '../ui/nav-items.js';
import { UnderConstructionPage } from '../ui/under-construction-page.js';
import { signedInRoute } from './signed-in-route.js';

/** Features of later milestones: listed in the menu already, each with a holding page. */
function placeholderRoute<const TPath extends NavPath>(path: TPath) {
  return createRoute({
    getParentRoute: () => signedInRoute,
    path,
    component: () => <UnderConstructionPage path={path} />,
  });
}

export const placeholderRoutes = [placeholderRoute('/kiem-soat-tthc')] as const;
