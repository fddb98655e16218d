import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, call } from '../api/client';
import { Field, FormProblem, useProblem } from '../components/form';
import { compactPhone } from '../format';

/** `/forgot-password`: always the same answer, whether or not an account exists. */
export default function ForgotPassword() {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = useProblem(['identifier']);

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    problem.clear();
    const id = identifier.trim();
    const who = id.includes('@') ? { email: id } : { phone: compactPhone(id) };
    try {
      await call(api.POST('/api/v1/auth/password-reset', { body: who }));
      setSent(true);
    } catch (error) {
      if (error instanceof ApiError) {
        error.problem.errors?.forEach((fieldError) => {
          if (fieldError.field === 'email' || fieldError.field === 'phone') fieldError.field = 'identifier';
        });
      }
      problem.show(error);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <>
        <h1>{t('accounts.forgot.title')}</h1>
        <p className="notice" role="status">
          {t('accounts.forgot.sent')}
        </p>
        <p>
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('accounts.forgot.title')}</h1>
      <p>{t('accounts.forgot.intro')}</p>
      <Field
        label={t('signIn.identifier')}
        hint={t('signIn.identifierHint')}
        name="identifier"
        value={identifier}
        onChange={(e) => setIdentifier(e.target.value)}
        error={problem.fieldError('identifier')}
        autoComplete="username"
        required
      />
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={busy}>
        {t('accounts.forgot.submit')}
      </button>
    </form>
  );
}
