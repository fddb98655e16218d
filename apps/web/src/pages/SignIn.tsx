import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { session } from '../auth/session';
import { Field, FormProblem, useProblem } from '../components/form';
import { compactPhone, safeNext } from '../format';

export default function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ identifier: '', password: '', totp: '' });
  const [needsTotp, setNeedsTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const problem = useProblem(['identifier', 'password', 'totp']);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    problem.clear();
    const id = form.identifier.trim();
    const who = id.includes('@') ? { email: id } : { phone: compactPhone(id) };
    try {
      const signedIn = await call(
        api.POST('/api/v1/auth/login', {
          body: { ...who, password: form.password, ...(needsTotp ? { totp: form.totp } : {}) },
        }),
      );
      session.start(signedIn.accessToken, signedIn.expiresIn);
      // void: under BrowserRouter navigate() is synchronous; only data routers return a promise.
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.problem.code === 'TOTP_REQUIRED') setNeedsTotp(true);
        // The API names `email` or `phone`; the person typed in one box.
        error.problem.errors?.forEach((fieldError) => {
          if (fieldError.field === 'email' || fieldError.field === 'phone') fieldError.field = 'identifier';
        });
      }
      problem.show(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h1>{t('signIn.title')}</h1>
      {params.get('expired') && (
        <p className="notice" role="status">
          {t('signIn.expired')}
        </p>
      )}
      <Field
        label={t('signIn.identifier')}
        hint={t('signIn.identifierHint')}
        name="identifier"
        value={form.identifier}
        onChange={set('identifier')}
        error={problem.fieldError('identifier')}
        autoComplete="username"
        required
      />
      <Field
        label={t('signIn.password')}
        name="password"
        type="password"
        value={form.password}
        onChange={set('password')}
        error={problem.fieldError('password')}
        autoComplete="current-password"
        required
      />
      {needsTotp && (
        <Field
          label={t('signIn.totp')}
          name="totp"
          value={form.totp}
          onChange={set('totp')}
          error={problem.fieldError('totp')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
        />
      )}
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={busy}>
        {t('signIn.submit')}
      </button>
      <p>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </form>
  );
}
