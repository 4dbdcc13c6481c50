import type { Schemas } from '@trellis/api-client';
import { createContext, useContext } from 'react';

export type CurrentUser = Schemas['Me'];

/** Provided by <RequireAuth> once `auth/me` has answered. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in person; only for components rendered inside <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser() must be used inside <RequireAuth>');
  return user;
}
