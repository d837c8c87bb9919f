import { createContext, type ReactNode, use } from 'react';
import type { Action, SessionUser } from '../../api/types.js';

const CurrentUserContext = createContext<SessionUser | null>(null);

export function CurrentUserProvider({
  user,
  children,
}: {
  user: SessionUser;
  children: ReactNode;
}) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** Only for pages inside the signed-in shell, which renders nothing until the user is known. */
export function useCurrentUser(): SessionUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside the signed-in shell');
  return user;
}

export function useCan(action: Action): boolean {
  return useCurrentUser().permissions.includes(action);
}
