import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, regionName } from '../../format';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

export const pendingOrganizationsQuery = () => ({
  queryKey: ['manage', 'organizations'],
  queryFn: () =>
    call(api.GET('/api/v1/organizations', { params: { query: { status: 'pending_verification', limit: 100 } } })),
});

/** Organisations waiting to be verified: verified with what was checked, or refused with a reason sent to them. */
export default function Organizations() {
  const { t } = useTranslation();
  const queue = useQuery(pendingOrganizationsQuery());
  return (
    <>
      <BackToManage />
      <h1>{t('manage.organizations.title')}</h1>
      <p className="muted">{t('manage.organizations.intro')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <p className="empty">{t('manage.organizations.empty')}</p>
      ) : (
        <ul className="cards">
          {queue.data.items.map((o) => (
            <OrganizationItem key={o.id} organization={o} />
          ))}
        </ul>
      )}
    </>
  );
}

function OrganizationItem({ organization: o }: { organization: Schemas['OrganizationSummaryDto'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [note, setNote] = useState('');
  const problem = useProblem(['note', 'reason']);
  const action = useQueueAction([
    ['manage', 'organizations'],
    ['manage', 'counts'],
  ]);
  const decide = (verified: boolean) =>
    action.run(
      () =>
        call(
          api.POST('/api/v1/organizations/{id}/verify', {
            params: { path: { id: o.id } },
            body: verified
              ? { verified, ...(note.trim() ? { note: note.trim() } : {}) }
              : { verified, reason: note.trim() },
          }),
        ),
      problem,
      t(verified ? 'manage.organizations.verified' : 'manage.organizations.refused'),
    );
  return (
    <li className="card" data-organization={o.id}>
      <h2>{o.name}</h2>
      <p>
        {t(`manage.organizations.types.${o.type}`, { defaultValue: o.type })} — {regionName(o.region, lang)}
      </p>
      <p>
        {o.registrationNumber
          ? t('manage.organizations.registration', { number: o.registrationNumber })
          : t('manage.organizations.noRegistration')}
      </p>
      <p className="muted">{formatDate(o.createdAt, lang)}</p>
      <TextArea
        label={`${t('manage.organizations.note')} / ${t('manage.organizations.reason')}`}
        name="note"
        value={note}
        onChange={setNote}
        error={problem.fieldError('note') ?? problem.fieldError('reason')}
      />
      <Problem problem={problem} />
      <Done message={action.done} />
      <div className="actions">
        <button type="button" disabled={action.busy} onClick={() => void decide(true)}>
          {t('manage.organizations.verify')}
        </button>
        <button type="button" className="danger" disabled={action.busy} onClick={() => void decide(false)}>
          {t('manage.organizations.refuse')}
        </button>
      </div>
    </li>
  );
}
