import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { useMe } from '../auth/hooks';
import { Field, FormProblem, useProblem } from '../components/form';
import { compactPhone, formatDate } from '../format';

type Organization = Schemas['OrganizationDto'];
type Member = Schemas['MemberDto'];

/** The organisation's members, each removable (the API keeps the last one), and invitations by phone or e-mail. */
export function OrganizationMembers({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const me = useMe();
  const [removed, setRemoved] = useState<string | null>(null);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      {removed && (
        <p className="notice" role="status">
          {t('members.removed', { name: removed })}
        </p>
      )}
      <ul className="members">
        {organization.members.map((m) => (
          <MemberRow
            key={m.id}
            organizationId={organization.id}
            member={m}
            isMe={m.id === me.data?.id}
            onRemoved={() => setRemoved(m.displayName)}
          />
        ))}
      </ul>
      <Invite organizationId={organization.id} />
    </section>
  );
}

function MemberRow({
  organizationId,
  member: m,
  isMe,
  onRemoved,
}: {
  organizationId: string;
  member: Member;
  isMe: boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const problem = useProblem([]);
  const remove = useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/v1/organizations/{id}/members/{userId}', {
          params: { path: { id: organizationId, userId: m.id } },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => {
      setConfirming(false);
      problem.show(error);
    },
    onSuccess: async () => {
      onRemoved();
      await queryClient.invalidateQueries({ queryKey: ['organization', organizationId] });
      if (isMe) await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <li className="member" data-member={m.id}>
      <p className="member-name">
        <strong>{m.displayName}</strong> {isMe && <span className="muted">{t('members.you')}</span>}
      </p>
      {(m.phone || m.email) && <p className="muted">{[m.phone, m.email].filter(Boolean).join(' · ')}</p>}
      {confirming ? (
        <div className="notice" role="alertdialog" aria-labelledby={`remove-${m.id}`}>
          <p id={`remove-${m.id}`}>{t('members.removeConfirm', { name: m.displayName })}</p>
          <div className="actions">
            <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t('members.removeYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} autoFocus>
              {t('members.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="link" onClick={() => setConfirming(true)}>
          {t('members.remove', { name: m.displayName })}
        </button>
      )}
      <FormProblem message={problem.formError} />
    </li>
  );
}

function Invite({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const [by, setBy] = useState<'phone' | 'email'>('phone');
  const [value, setValue] = useState('');
  const [sent, setSent] = useState<Schemas['MemberInvitationDto'][]>([]);
  const problem = useProblem(['phone', 'email']);
  const invite = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/organizations/{id}/members/invitations', {
          params: { path: { id: organizationId } },
          body: by === 'phone' ? { phone: compactPhone(value) } : { email: value.trim() },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (invitation) => {
      setSent([invitation, ...sent]);
      setValue('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  return (
    <>
      <form onSubmit={submit} noValidate>
        <h2>{t('members.invite')}</h2>
        <p>{t('members.inviteIntro')}</p>
        <fieldset className="choice">
          <legend>{t('members.by')}</legend>
          <label>
            <input type="radio" name="invite-by" checked={by === 'phone'} onChange={() => setBy('phone')} />
            {t('members.byPhone')}
          </label>
          <label>
            <input type="radio" name="invite-by" checked={by === 'email'} onChange={() => setBy('email')} />
            {t('members.byEmail')}
          </label>
        </fieldset>
        {by === 'phone' ? (
          <Field
            key="phone"
            label={t('members.phone')}
            hint={t('register.phoneHint')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={problem.fieldError('phone')}
            required
          />
        ) : (
          <Field
            key="email"
            label={t('members.email')}
            name="email"
            type="email"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={problem.fieldError('email')}
            required
          />
        )}
        <FormProblem message={problem.formError} />
        <button type="submit" disabled={invite.isPending}>
          {t('members.send')}
        </button>
      </form>
      {sent.length > 0 && (
        <section aria-labelledby="invitations-title">
          <h3 id="invitations-title">{t('members.pending')}</h3>
          <ul className="cards">
            {sent.map((inv) => (
              <li key={inv.id} className="card" data-invitation={inv.phone ?? inv.email ?? ''}>
                <p role="status">
                  {t('members.invited', { to: inv.phone ?? inv.email, date: formatDate(inv.expiresAt, i18n.language) })}
                </p>
                <p className="muted">{t('members.link')}</p>
                <p className="link-text">
                  <code>{inv.link}</code>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
