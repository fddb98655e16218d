import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { session } from '../auth/session';
import { Field, FormProblem, useProblem } from '../components/form';
import { compactPhone, safeNext } from '../format';

export default function Register() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // From an organisation's invitation link: the account joins it once the code is confirmed.
  const invitation = params.get('invitation');
  const [via, setVia] = useState<'phone' | 'email'>('phone');
  const [form, setForm] = useState({ displayName: '', phone: '', email: '', password: '', code: '' });
  const [sent, setSent] = useState<{ to: string; minutes: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const details = useProblem(['displayName', 'phone', 'email', 'password']);
  const confirm = useProblem(['code']);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const identifier = () => (via === 'phone' ? { phone: compactPhone(form.phone) } : { email: form.email.trim() });

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function register(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    details.clear();
    try {
      const body = {
        ...identifier(),
        displayName: form.displayName,
        password: form.password,
        language: i18n.language === 'en' ? ('en' as const) : ('fr' as const),
        ...(invitation ? { invitationToken: invitation } : {}),
      };
      const accepted = await call(api.POST('/api/v1/auth/register', { body }));
      setSent({
        to: via === 'phone' ? body.phone! : body.email!,
        minutes: Math.round(accepted.codeValidForSeconds / 60),
      });
    } catch (error) {
      details.show(error);
    } finally {
      setBusy(false);
    }
  }

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function verify(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    confirm.clear();
    try {
      const signedIn = await call(
        api.POST('/api/v1/auth/verify', { body: { ...identifier(), code: form.code.trim() } }),
      );
      session.start(signedIn.accessToken, signedIn.expiresIn);
      // void: under BrowserRouter navigate() is synchronous; only data routers return a promise.
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      confirm.show(error);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <form onSubmit={(e) => void verify(e)} noValidate>
        <h1>{t('register.codeTitle')}</h1>
        <p role="status">{t('register.codeSent', sent)}</p>
        <Field
          label={t('register.code')}
          name="code"
          value={form.code}
          onChange={set('code')}
          error={confirm.fieldError('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          autoFocus
        />
        <FormProblem message={confirm.formError} />
        <button type="submit" disabled={busy}>
          {t('register.confirm')}
        </button>
        <p>
          <button type="button" className="link" onClick={() => setSent(null)}>
            {t('register.again')}
          </button>
        </p>
      </form>
    );
  }

  return (
    <form onSubmit={(e) => void register(e)} noValidate>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <fieldset className="choice">
        <legend>{t('register.how')}</legend>
        <label>
          <input type="radio" name="via" checked={via === 'phone'} onChange={() => setVia('phone')} />{' '}
          {t('register.byPhone')}
        </label>
        <label>
          <input type="radio" name="via" checked={via === 'email'} onChange={() => setVia('email')} />{' '}
          {t('register.byEmail')}
        </label>
      </fieldset>
      <Field
        label={t('register.displayName')}
        name="displayName"
        value={form.displayName}
        onChange={set('displayName')}
        error={details.fieldError('displayName')}
        autoComplete="name"
        required
      />
      {via === 'phone' ? (
        <Field
          label={t('register.phone')}
          hint={t('register.phoneHint')}
          name="phone"
          type="tel"
          value={form.phone}
          onChange={set('phone')}
          error={details.fieldError('phone')}
          autoComplete="tel"
          inputMode="tel"
          required
        />
      ) : (
        <Field
          label={t('register.email')}
          name="email"
          type="email"
          value={form.email}
          onChange={set('email')}
          error={details.fieldError('email')}
          autoComplete="email"
          required
        />
      )}
      <Field
        label={t('register.password')}
        hint={t('register.passwordHint')}
        name="password"
        type="password"
        value={form.password}
        onChange={set('password')}
        error={details.fieldError('password')}
        autoComplete="new-password"
        required
      />
      <FormProblem message={details.formError} />
      <button type="submit" disabled={busy}>
        {t('register.submit')}
      </button>
      <p>
        {t('register.haveAccount')} <Link to="/sign-in">{t('nav.signIn')}</Link>
      </p>
    </form>
  );
}
