import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, call } from '../api/client';
import { useMe, useToken } from '../auth/hooks';
import { FormProblem, useProblem } from '../components/form';
import { Loading, LoadError } from '../components/status';
import { NoToken } from './AcceptInvitation';

/**
 * `/organization-invitation?token=`: a member of a group invited this person. Signed in without an organisation:
 * join. Signed out: sign in (and come back here) or create an account carrying the invitation.
 */
export default function OrganizationInvitation() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const token = params.get('token') ?? '';
  const signedIn = useToken() !== null;
  const me = useMe();
  const queryClient = useQueryClient();
  const [joined, setJoined] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = useProblem([]);

  async function accept() {
    setBusy(true);
    problem.clear();
    try {
      const organization = await call(api.POST('/api/v1/organizations/invitations/accept', { body: { token } }));
      setJoined(organization.name);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    } catch (error) {
      problem.show(error);
    } finally {
      setBusy(false);
    }
  }

  if (!token) return <NoToken what={t('accounts.join.askAgain')} />;
  if (joined) {
    return (
      <>
        <h1>{t('accounts.join.title')}</h1>
        <p className="notice" role="status">
          {t('accounts.join.joined', { name: joined })}
        </p>
        <p>
          <Link to="/organization">{t('nav.organization')}</Link>
        </p>
      </>
    );
  }
  if (!signedIn) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <>
        <h1>{t('accounts.join.title')}</h1>
        <p>{t('accounts.join.signedOut')}</p>
        <div className="actions">
          <Link className="button" to={`/sign-in?next=${next}`}>
            {t('nav.signIn')}
          </Link>
          <Link
            className="button secondary"
            to={`/register?invitation=${encodeURIComponent(token)}&next=%2Forganization`}
          >
            {t('nav.register')}
          </Link>
        </div>
        <p className="hint">{t('accounts.join.registerHint')}</p>
      </>
    );
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  return (
    <>
      <h1>{t('accounts.join.title')}</h1>
      {me.data.organizationId ? (
        <p className="notice">
          {t('accounts.join.alreadyMember')} <Link to="/organization">{t('nav.organization')}</Link>
        </p>
      ) : (
        <p>{t('accounts.join.intro', { name: me.data.displayName })}</p>
      )}
      <FormProblem message={problem.formError} />
      {!me.data.organizationId && (
        <button type="button" onClick={() => void accept()} disabled={busy}>
          {t('accounts.join.submit')}
        </button>
      )}
    </>
  );
}
