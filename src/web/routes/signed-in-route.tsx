import { useQuery } from '@tanstack/react-query';
import { createRoute, Navigate, Outlet, redirect } from '@tanstack/react-router';
import { CurrentUserProvider } from '../features/auth/current-user.js';
import { sessionQueryOptions } from '../features/auth/session-query.js';
import { AppLayout } from '../ui/app-layout.js';
import { rootRoute } from './root-route.js';

/** Every page but sign-in sits under this pathless route, which is where the session is required. */
export const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/dang-nhap', replace: true });
  },
  component: SignedInLayout,
});

function SignedInLayout() {
  const session = useQuery(sessionQueryOptions).data;
  // The session can end while a page is open (sign-out, expiry seen on refetch).
  if (!session) return <Navigate to="/dang-nhap" replace />;
  return (
    <CurrentUserProvider user={session.user}>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </CurrentUserProvider>
  );
}
