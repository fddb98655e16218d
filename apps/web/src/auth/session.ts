/**
 * The access token lives in localStorage with its expiry, so a reload keeps the person signed in. When the API
 * answers 401 to a signed request, the session is dropped and listeners (the router) send the person to sign in.
 */
const KEY = 'csf.session';

interface Stored {
  token: string;
  expiresAt: number;
}

type Listener = (reason: 'expired' | 'signed-out' | 'signed-in') => void;
const listeners = new Set<Listener>();
/** Set when the API refused the session, until the next sign-in: the sign-in page then says why it is shown. */
let expired = false;

function read(): Stored | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Stored | null;
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

export const session = {
  token: (): string | null => read()?.token ?? null,
  start(token: string, expiresInSeconds: number) {
    localStorage.setItem(KEY, JSON.stringify({ token, expiresAt: Date.now() + expiresInSeconds * 1000 }));
    expired = false;
    listeners.forEach((l) => l('signed-in'));
  },
  end() {
    localStorage.removeItem(KEY);
    listeners.forEach((l) => l('signed-out'));
  },
  expire() {
    if (!localStorage.getItem(KEY)) return;
    localStorage.removeItem(KEY);
    expired = true;
    listeners.forEach((l) => l('expired'));
  },
  wasExpired: (): boolean => expired,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
