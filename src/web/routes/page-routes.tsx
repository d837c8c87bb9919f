import { createRoute } from '@tanstack/react-router';
import { AccountPage } from '../features/account/account-page.js';
import { UsersPage } from '../features/admin-users/users-page.js';
import { parseUsersSearch, type UsersSearch } from '../features/admin-users/users-search.js';
import { HomePage } from '../features/home/home-page.js';
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
