import { useEffect, useRef } from 'react';
import { ApiError } from './api/client';

/**
 * What was typed in a form stays on the device until the API has it: closing the page, a reload or a lost
 * connection loses nothing. One copy per record (`<prefix>.<id>`); dropped once the API has accepted it.
 */
export interface DeviceCopy<T> {
  read(id: string): T | null;
  write(id: string, typed: T): void;
  drop(id: string): void;
}

export function deviceCopy<T>(prefix: string): DeviceCopy<T> {
  const key = (id: string) => `${prefix}.${id}`;
  return {
    read(id) {
      try {
        return JSON.parse(localStorage.getItem(key(id)) ?? 'null') as T | null;
      } catch {
        return null;
      }
    },
    write(id, typed) {
      // A full or forbidden storage (private browsing) must not break typing: the form still works, unkept.
      try {
        localStorage.setItem(key(id), JSON.stringify(typed));
      } catch {}
    },
    drop(id) {
      try {
        localStorage.removeItem(key(id));
      } catch {}
    },
  };
}

/**
 * Writes `typed` to the device copy whenever it changes after the first render (what the page opened with is
 * not an edit), then calls `onEdit`.
 */
export function useKeptOnDevice<T>(copy: DeviceCopy<T>, id: string, typed: T, onEdit?: () => void): void {
  const serialized = JSON.stringify(typed);
  const opened = useRef(serialized);
  useEffect(() => {
    if (serialized === opened.current) return;
    opened.current = serialized;
    copy.write(id, typed);
    onEdit?.();
  }, [serialized]);
}

/** A request that never reached the API (no connection): worth sending again when the browser is back online. */
export const lostConnection = (error: unknown) => error instanceof ApiError && error.problem.code === 'NETWORK';

/** While `waiting`, sends again once the connection returns. */
export function useSendWhenOnline(waiting: boolean, send: () => void): void {
  const latest = useRef(send);
  latest.current = send;
  useEffect(() => {
    if (!waiting) return;
    const retry = () => latest.current();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [waiting]);
}
