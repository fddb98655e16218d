import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, call } from '../api/client';
import { session } from './session';

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token);
}

/** The signed-in person (GET /me), or undefined while signed out or loading. */
export function useMe() {
  const token = useToken();
  return useQuery({ queryKey: ['me', token], queryFn: () => call(api.GET('/api/v1/me')), enabled: token !== null });
}
