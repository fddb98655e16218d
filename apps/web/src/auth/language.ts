import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, call, type Schemas } from '../api/client';
import i18n, { type Language } from '../i18n';
import { useMe } from './hooks';
import { session } from './session';

/**
 * The portal's language lives in two places: on this device (localStorage, for the pages before signing in) and
 * in the profile (PATCH /me, which also sets the language of the messages the person receives). A choice made
 * while signed out, or whose save failed (no network), is not in the profile yet: it is sent at the next sign-in
 * or when the connection comes back, instead of being overwritten by the profile's older choice.
 */
let unsaved = false;

async function save(language: Language, queryClient?: QueryClient): Promise<void> {
  const token = session.token();
  if (!token) {
    unsaved = true;
    return;
  }
  try {
    const me = await call(api.PATCH('/api/v1/me', { body: { language } }));
    unsaved = false;
    queryClient?.setQueryData(['me', token], me);
  } catch {
    unsaved = true;
  }
}

/** The language switch: the page changes at once, the profile follows when it can. */
export async function chooseLanguage(language: Language, queryClient?: QueryClient): Promise<void> {
  await i18n.changeLanguage(language);
  await save(language, queryClient);
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    if (unsaved && session.token()) void save(i18n.language as Language);
  });
}

/** At sign-in, the profile's language replaces the device's, unless the person chose one since the profile. */
function adopt(profile: Schemas['MeDto'], queryClient: QueryClient): void {
  if (unsaved) void save(i18n.language as Language, queryClient);
  else if (profile.language !== i18n.language) void i18n.changeLanguage(profile.language);
}

/** Mounted once (the header): watches sign-ins and applies the profile's language when it arrives. */
export function useProfileLanguage(): void {
  const queryClient = useQueryClient();
  const me = useMe();
  const signedIn = useRef(false);
  useEffect(
    () =>
      session.subscribe((reason) => {
        if (reason === 'signed-in') signedIn.current = true;
      }),
    [],
  );
  useEffect(() => {
    if (!me.data || !signedIn.current) return;
    signedIn.current = false;
    adopt(me.data, queryClient);
  }, [me.data, queryClient]);
}
