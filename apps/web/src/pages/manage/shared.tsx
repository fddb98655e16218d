import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { FormProblem, useProblem } from '../../components/form';
import './i18n';

export function BackToManage() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to="/manage">{t('manage.back')}</Link>
    </p>
  );
}

/** A state conflict (409) means someone else acted first: say so, and reload the queue rather than keep a stale row. */
export function isMoved(error: unknown): boolean {
  return error instanceof ApiError && error.problem.status === 409;
}

/**
 * One queue item's command: a text the API requires next to its field, the API's problem next to it, and the
 * queue refreshed afterwards (also when the item moved meanwhile).
 */
export function useQueueAction(queryKeys: unknown[][]) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    busy,
    done,
    async run<T>(
      action: () => Promise<T>,
      problem: ReturnType<typeof useProblem>,
      message: string | ((result: T) => string),
    ) {
      problem.clear();
      setDone(null);
      setBusy(true);
      try {
        const result = await action();
        setDone(typeof message === 'function' ? message(result) : message);
        await Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      } catch (error) {
        problem.show(error);
        if (isMoved(error)) await Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      } finally {
        setBusy(false);
      }
    },
  };
}

export function Done({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}

export function Problem({ problem }: { problem: ReturnType<typeof useProblem> }) {
  return <FormProblem message={problem.formError} />;
}

export function TextArea({
  label,
  name,
  value,
  onChange,
  error,
  rows = 3,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  rows?: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
