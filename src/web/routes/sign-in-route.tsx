import { createRoute, redirect } from '@tanstack/react-router';
import { sessionQueryOptions } from '../features/auth/session-query.js';
import { SignInPage } from '../features/auth/sign-in-page.js';
import { rootRoute } from './root-route.js';

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (session) throw redirect({ to: '/', replace: true });
  },
  component: SignInPage,
});
