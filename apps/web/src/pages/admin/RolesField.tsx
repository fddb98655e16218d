import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../../libs/domain/src/roles';
import type { useProblem } from '../../components/form';

/**
 * What to show next to the roles and above the button. The API names the refused field but describes a rule
 * (segregation of duties) only by its title; the sentence people need is the problem's detail, shown once, here.
 */
export function rolesProblem(problem: ReturnType<typeof useProblem>): { field?: string; form?: string } {
  if (problem.problem?.code === 'SEGREGATION_OF_DUTIES') return { field: problem.problem.detail };
  const field = problem.fieldError('roles');
  return {
    field,
    form: field && problem.problem?.errors?.every((e) => e.field.startsWith('roles')) ? undefined : problem.formError,
  };
}

/**
 * One checkbox per role, with the API's answer (segregation of duties, a missing role) right under them. An
 * applicant's role comes with its organisation and is never given by invitation, so it is not offered.
 */
export function RolesField({
  value,
  onChange,
  error,
  hint,
  legend,
}: {
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
  hint?: string;
  legend: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const offered = ROLES.filter((r) => r !== 'applicant' || value.includes('applicant'));
  const toggle = (role: string) => onChange(value.includes(role) ? value.filter((r) => r !== role) : [...value, role]);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className="checks"
      aria-describedby={described}
      aria-invalid={error ? true : undefined}
      data-field="roles"
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {offered.map((role) => (
        <label key={role}>
          <input
            type="checkbox"
            name="roles"
            value={role}
            checked={value.includes(role)}
            onChange={() => toggle(role)}
          />
          {t(`accounts.roles.${role}`)}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
