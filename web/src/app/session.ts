// The signed-in session: who, which agency, which abilities, and the CSRF token for unsafe requests.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import i18next from 'i18next';
import { api, setCsrfToken } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema.gen';

export type Session = components['schemas']['Session'];
export type Ability = Session['abilities'][number];

export const SESSION_KEY = ['session'] as const;

/** Takes in a session from the server: remembers its CSRF token and switches to the user's language. */
export function adoptSession(session: Session | null): Session | null {
  setCsrfToken(session?.csrfToken ?? null);
  if (session && i18next.language !== session.user.locale) void i18next.changeLanguage(session.user.locale);
  return session;
}

async function fetchSession(): Promise<Session | null> {
  const result = await api.GET('/api/v1/session');
  if (result.response.status === 401) return adoptSession(null);
  return adoptSession(unwrap(result));
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/**
 * The signed-in session, provided by the session gate to the pages it renders. A context (not the query)
 * so that pages never see the moment between sign-out and the gate swapping them for the sign-in page.
 */
export const CurrentSessionContext = createContext<Session | null>(null);

export function useCurrentSession(): Session {
  const session = useContext(CurrentSessionContext);
  if (!session) throw new Error('useCurrentSession used outside the signed-in layout');
  return session;
}

export function useAbility(ability: Ability): boolean {
  return useContext(CurrentSessionContext)?.abilities.includes(ability) ?? false;
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/session')),
    onSettled: () => {
      queryClient.setQueryData(SESSION_KEY, adoptSession(null));
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}
