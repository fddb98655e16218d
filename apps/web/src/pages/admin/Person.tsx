import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Role } from '../../../../../libs/domain/src/roles';
import { api, call, type Schemas } from '../../api/client';
import { FormProblem, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate } from '../../format';
import { statusBadge } from './People';
import { RolesField, rolesProblem } from './RolesField';
import './admin.css';
import './i18n';

type User = Schemas['UserDto'];

/** `/admin/people/:id`: one account — its roles, its invitation, and whether it may sign in. */
export default function Person() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(params.get('invited') ? 'invited' : null);
  const person = useQuery({
    queryKey: ['user', id],
    queryFn: () => call(api.GET('/api/v1/users/{id}', { params: { path: { id } } })),
  });
  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} retry={() => void person.refetch()} />;
  const u = person.data;
  const lang = i18n.language;
  return (
    <>
      <p>
        <Link to="/admin/people">{t('admin.person.back')}</Link>
      </p>
      <h1>{u.displayName}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice === 'invited' ? t('admin.person.invited', { to: u.email ?? u.phone }) : t(`admin.person.${notice}`)}
        </p>
      )}
      <p className={statusBadge(u.status)} data-status={u.status}>
        {t(`admin.people.statuses.${u.status}`)}
      </p>
      <dl className="facts">
        <dt>{t('admin.person.contact')}</dt>
        <dd>{[u.email, u.phone].filter(Boolean).join(' · ')}</dd>
        <dt>{t('admin.person.status')}</dt>
        <dd>
          {t('admin.person.since', { date: formatDate(u.createdAt, lang) })}
          {u.secondFactorEnabled && <> · {t('admin.people.twoFactor')}</>}
        </dd>
        <dd>{t('admin.person.language', { language: t(`admin.inviteForm.languages.${u.language}`) })}</dd>
      </dl>
      <p>
        <Link to={`/audit?entityId=${u.id}`}>{t('admin.person.history')}</Link>
      </p>
      {u.invitation && <Invitation user={u} onDone={setNotice} />}
      <Roles key={u.roles.join()} user={u} onDone={setNotice} />
      <Access user={u} onDone={setNotice} />
    </>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async (user: User) => {
    queryClient.setQueryData(['user', id], user);
    await queryClient.invalidateQueries({ queryKey: ['users'] });
  };
}

function Invitation({ user: u, onDone }: { user: User; onDone: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const refresh = useRefresh(u.id);
  const [confirming, setConfirming] = useState(false);
  const problem = useProblem([]);
  const path = { params: { path: { id: u.id } } };
  const resend = useMutation({
    mutationFn: () => call(api.POST('/api/v1/users/{id}/invitation', { ...path, body: {} })),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: async (user) => {
      await refresh(user);
      onDone('resent');
    },
  });
  const revoke = useMutation({
    mutationFn: () => call(api.DELETE('/api/v1/users/{id}/invitation', { ...path, body: {} })),
    onMutate: () => problem.clear(),
    onError: (error) => {
      setConfirming(false);
      problem.show(error);
    },
    onSuccess: async (user) => {
      setConfirming(false);
      await refresh(user);
      onDone('revoked');
    },
  });
  const invitation = u.invitation!;
  const lang = i18n.language;
  const pending = invitation.state === 'pending' || invitation.state === 'expired';
  return (
    <section aria-labelledby="invitation-title">
      <h2 id="invitation-title">{t('admin.person.invitation')}</h2>
      <p>
        <span className="badge" data-invitation={invitation.state}>
          {t(`admin.person.invitationStates.${invitation.state}`)}
        </span>
      </p>
      <p>
        {t('admin.person.invitationSent', {
          sent: formatDate(invitation.sentAt, lang),
          expires: formatDate(invitation.expiresAt, lang),
        })}
      </p>
      {pending && !confirming && (
        <div className="actions">
          <button type="button" disabled={resend.isPending} onClick={() => resend.mutate()}>
            {t('admin.person.resend')}
          </button>
          {invitation.state === 'pending' && (
            <button type="button" className="secondary" onClick={() => setConfirming(true)}>
              {t('admin.person.revoke')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <Confirm
          id="revoke"
          text={t('admin.person.revokeConfirm', { name: u.displayName })}
          yes={t('admin.person.revokeYes')}
          busy={revoke.isPending}
          onYes={() => revoke.mutate()}
          onNo={() => setConfirming(false)}
        />
      )}
      <FormProblem message={problem.formError} />
    </section>
  );
}

function Roles({ user: u, onDone }: { user: User; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(u.id);
  const [roles, setRoles] = useState<string[]>(u.roles);
  const problem = useProblem(['roles']);
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { roles: roles as Role[] } })),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: async (user) => {
      await refresh(user);
      onDone('rolesSaved');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const shown = rolesProblem(problem);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="roles-title">
      <h2 id="roles-title">{t('admin.person.roles')}</h2>
      <RolesField
        legend={t('admin.person.rolesLegend')}
        hint={t('admin.inviteForm.rolesHint')}
        value={roles}
        onChange={setRoles}
        error={shown.field}
      />
      <FormProblem message={shown.form} />
      <button type="submit" disabled={save.isPending}>
        {t('admin.person.rolesSave')}
      </button>
    </form>
  );
}

/** Deactivation ends every session at once: it asks first, as does reactivation. */
function Access({ user: u, onDone }: { user: User; onDone: (notice: string) => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh(u.id);
  const [confirming, setConfirming] = useState(false);
  const problem = useProblem(['active']);
  const next = !u.active;
  const change = useMutation({
    mutationFn: () => call(api.PATCH('/api/v1/users/{id}', { params: { path: { id: u.id } }, body: { active: next } })),
    onMutate: () => problem.clear(),
    onError: (error) => {
      setConfirming(false);
      problem.show(error);
    },
    onSuccess: async (user) => {
      setConfirming(false);
      await refresh(user);
      onDone(next ? 'reactivated' : 'deactivated');
    },
  });
  const verb = next ? 'reactivate' : 'deactivate';
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t('admin.person.access')}</h2>
      {confirming ? (
        <Confirm
          id="access"
          text={t(`admin.person.${verb}Confirm`, { name: u.displayName })}
          yes={t(`admin.person.${verb}Yes`)}
          danger={!next}
          busy={change.isPending}
          onYes={() => change.mutate()}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className={next ? 'secondary' : 'danger'} onClick={() => setConfirming(true)}>
          {t(`admin.person.${verb}`)}
        </button>
      )}
      <FormProblem message={problem.formError} />
    </section>
  );
}

function Confirm({
  id,
  text,
  yes,
  danger = true,
  busy,
  onYes,
  onNo,
}: {
  id: string;
  text: string;
  yes: string;
  danger?: boolean;
  busy: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const { t } = useTranslation();
  // Escape is "no", as in a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onNo();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onNo]);
  return (
    <div className="notice" role="alertdialog" aria-labelledby={`${id}-confirm`}>
      <p id={`${id}-confirm`}>{text}</p>
      <div className="actions">
        <button type="button" className={danger ? 'danger' : undefined} disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="secondary" onClick={onNo} autoFocus>
          {t('admin.person.cancel')}
        </button>
      </div>
    </div>
  );
}
