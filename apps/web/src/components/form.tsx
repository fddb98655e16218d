import { useId, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { ApiError, type Problem } from '../api/client';
import i18n from '../i18n';

/**
 * The API's problem+json for a form: `errors[].field` go next to the input of that name, the rest (and the
 * detail) above the button. Messages come from the API in the language the request asked for.
 */
export function useProblem(fields: readonly string[]) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const error of problem?.errors ?? []) {
    // `budget.lines[0].amount` belongs to the input named `budget`.
    const name = fields.find(
      (f) => error.field === f || error.field.startsWith(`${f}.`) || error.field.startsWith(`${f}[`),
    );
    if (name) byField[name] = byField[name] ? `${byField[name]} ${error.message}` : error.message;
    else other.push(error.message);
  }
  return {
    problem,
    fieldError: (name: string): string | undefined => byField[name],
    formError: problem ? [problem.detail ?? problem.title, ...other].filter(Boolean).join(' ') : undefined,
    clear: () => setProblem(null),
    show: (error: unknown) =>
      setProblem(
        error instanceof ApiError ? error.problem : { status: 0, code: 'UNKNOWN', detail: i18n.t('error.unknown') },
      ),
  };
}

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  name: string;
  hint?: string;
  error?: string;
}

export function Field({ label, hint, error, name, id: given, ...input }: FieldProps) {
  const generated = useId();
  // A given id lets a list of problems link to the field.
  const id = given ?? generated;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  name: string;
  error?: string;
  children: ReactNode;
}

export function SelectField({ label, error, name, children, id: given, ...select }: SelectFieldProps) {
  const generated = useId();
  const id = given ?? generated;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormProblem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p className="problem" role="alert">
      {message}
    </p>
  );
}

interface TextAreaFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  maxLength?: number;
  required?: boolean;
}

/** A multi-line answer with its label, hint and the API's error next to it (as Field does for inputs). */
export function TextAreaField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  rows = 3,
  maxLength,
  required,
}: TextAreaFieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
