import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { useMe } from '../auth/hooks';
import { chooseLanguage } from '../auth/language';
import { session } from '../auth/session';
import { Field, FormProblem, useProblem } from '../components/form';
import { Loading, LoadError } from '../components/status';

/**
 * `/profile`: who is signed in, the language (saved in the profile by PATCH /me, so it follows the person to
 * another phone and sets the language of their messages), the password, signing out everywhere.
 */
export default function Profile() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [changed, setChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const password = useProblem(['currentPassword', 'newPassword']);
  const everywhere = useProblem([]);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });

  // Catches every failure and shows it next to the field: the form calls it with `void`, nothing is dropped.
  async function changePassword(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    password.clear();
    setChanged(false);
    try {
      const signedIn = await call(api.POST('/api/v1/auth/password', { body: form }));
      session.start(signedIn.accessToken, signedIn.expiresIn);
      setForm({ currentPassword: '', newPassword: '' });
      setChanged(true);
    } catch (error) {
      password.show(error);
    } finally {
      setBusy(false);
    }
  }

  async function signOutEverywhere() {
    setBusy(true);
    everywhere.clear();
    try {
      await call(api.POST('/api/v1/auth/logout', { body: {} }));
      session.end();
    } catch (error) {
      everywhere.show(error);
      setBusy(false);
    }
  }

  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  const person = me.data;
  return (
    <>
      <h1>{t('accounts.profile.title')}</h1>
      {params.get('welcome') && (
        <p className="notice" role="status">
          {t('accounts.profile.welcome')}
        </p>
      )}
      <dl className="facts">
        <dt>{t('accounts.profile.name')}</dt>
        <dd>{person.displayName}</dd>
        {person.email && (
          <>
            <dt>{t('accounts.profile.email')}</dt>
            <dd>{person.email}</dd>
          </>
        )}
        {person.phone && (
          <>
            <dt>{t('accounts.profile.phone')}</dt>
            <dd>{person.phone}</dd>
          </>
        )}
        <dt>{t('accounts.profile.roles')}</dt>
        <dd>{person.roles.map((role) => t(`accounts.roles.${role}`, { defaultValue: role })).join(', ')}</dd>
        <dt>{t('accounts.profile.messagesLanguage')}</dt>
        <dd>{person.language === 'en' ? 'English' : 'Français'}</dd>
      </dl>

      <h2>{t('accounts.profile.language')}</h2>
      <p>{t('accounts.profile.languageNote')}</p>
      <div className="actions">
        <button
          type="button"
          className={i18n.language === 'fr' ? undefined : 'secondary'}
          aria-pressed={i18n.language === 'fr'}
          lang="fr"
          onClick={() => void chooseLanguage('fr', queryClient)}
        >
          Français
        </button>
        <button
          type="button"
          className={i18n.language === 'en' ? undefined : 'secondary'}
          aria-pressed={i18n.language === 'en'}
          lang="en"
          onClick={() => void chooseLanguage('en', queryClient)}
        >
          English
        </button>
      </div>

      <form onSubmit={(e) => void changePassword(e)} noValidate>
        <h2>{t('accounts.profile.changePassword')}</h2>
        <Field
          label={t('accounts.profile.currentPassword')}
          name="currentPassword"
          type="password"
          value={form.currentPassword}
          onChange={set('currentPassword')}
          error={password.fieldError('currentPassword')}
          autoComplete="current-password"
          required
        />
        <Field
          label={t('accounts.newPassword')}
          hint={t('accounts.passwordHint')}
          name="newPassword"
          type="password"
          value={form.newPassword}
          onChange={set('newPassword')}
          error={password.fieldError('newPassword')}
          autoComplete="new-password"
          required
        />
        <FormProblem message={password.formError} />
        {changed && (
          <p className="notice" role="status">
            {t('accounts.profile.passwordChanged')}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('accounts.profile.changePasswordSubmit')}
        </button>
      </form>

      <h2>{t('accounts.profile.everywhere')}</h2>
      <p>{t('accounts.profile.everywhereNote')}</p>
      <FormProblem message={everywhere.formError} />
      <button type="button" className="secondary" onClick={() => void signOutEverywhere()} disabled={busy}>
        {t('accounts.profile.everywhereSubmit')}
      </button>
    </>
  );
}
