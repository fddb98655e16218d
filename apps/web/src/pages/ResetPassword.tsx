import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { Field, FormProblem, useProblem } from '../components/form';
import { NoToken } from './AcceptInvitation';

/** `/reset-password?token=`: a new password from the link received, then sign in with it. */
export default function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = useProblem(['newPassword']);

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    problem.clear();
    try {
      await call(api.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } }));
      setDone(true);
    } catch (error) {
      problem.show(error);
    } finally {
      setBusy(false);
    }
  }

  const again = <Link to="/forgot-password">{t('accounts.reset.again')}</Link>;
  if (!token) return <NoToken what={t('accounts.reset.askAgain')} />;
  if (done) {
    return (
      <>
        <h1>{t('accounts.reset.title')}</h1>
        <p className="notice" role="status">
          {t('accounts.reset.done')}
        </p>
        <p>
          <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('accounts.reset.title')}</h1>
      <Field
        label={t('accounts.newPassword')}
        hint={t('accounts.passwordHint')}
        name="newPassword"
        type="password"
        value={newPassword}
        onChange={(e) => setNewPassword(e.target.value)}
        error={problem.fieldError('newPassword')}
        autoComplete="new-password"
        required
      />
      <FormProblem message={problem.formError} />
      {problem.problem?.code === 'INVALID_TOKEN' && <p>{again}</p>}
      <button type="submit" disabled={busy}>
        {t('accounts.reset.submit')}
      </button>
    </form>
  );
}
