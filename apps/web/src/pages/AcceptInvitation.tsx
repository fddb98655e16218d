import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { session } from '../auth/session';
import { Field, FormProblem, useProblem } from '../components/form';

/** `/invitation?token=`: a staff member invited by an administrator chooses a password and is signed in. */
export default function AcceptInvitation() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const problem = useProblem(['password']);

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    problem.clear();
    try {
      const signedIn = await call(api.POST('/api/v1/auth/invitations/accept', { body: { token, password } }));
      session.start(signedIn.accessToken, signedIn.expiresIn);
      // void: under BrowserRouter navigate() is synchronous; only data routers return a promise.
      void navigate('/profile?welcome=1', { replace: true });
    } catch (error) {
      problem.show(error);
    } finally {
      setBusy(false);
    }
  }

  if (!token) return <NoToken what={t('accounts.invitation.askAdmin')} />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('accounts.invitation.title')}</h1>
      <p>{t('accounts.invitation.intro')}</p>
      <Field
        label={t('accounts.newPassword')}
        hint={t('accounts.passwordHint')}
        name="password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={problem.fieldError('password')}
        autoComplete="new-password"
        required
      />
      <FormProblem message={problem.formError} />
      {problem.problem?.code === 'INVALID_TOKEN' && <p className="notice">{t('accounts.invitation.askAdmin')}</p>}
      <button type="submit" disabled={busy}>
        {t('accounts.invitation.submit')}
      </button>
    </form>
  );
}

export function NoToken({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('accounts.noToken.title')}</h1>
      <p className="problem" role="alert">
        {t('accounts.noToken.detail')}
      </p>
      <p>{what}</p>
    </>
  );
}
