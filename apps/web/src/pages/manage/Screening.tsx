import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../../api/client';
import { useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney, regionName } from '../../format';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

export const screeningQuery = () => ({
  queryKey: ['manage', 'screening'],
  queryFn: () => call(api.GET('/api/v1/proposals', { params: { query: { status: 'screening', limit: 100 } } })),
});

/** The screening queue: each submitted proposal passed or failed with a reason, oldest submission first. */
export default function Screening() {
  const { t } = useTranslation();
  const queue = useQuery(screeningQuery());
  const items = queue.data
    ? [...queue.data.items].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
    : [];
  return (
    <>
      <BackToManage />
      <h1>{t('manage.screening.title')}</h1>
      <p className="muted">{t('manage.screening.intro')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('manage.screening.empty')}</p>
      ) : (
        <ul className="cards">
          {items.map((p) => (
            <ScreeningItem key={p.id} proposal={p} />
          ))}
        </ul>
      )}
    </>
  );
}

function ScreeningItem({ proposal: p }: { proposal: Schemas['ProposalSummaryDto'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [reason, setReason] = useState('');
  const problem = useProblem(['reason']);
  const action = useQueueAction([
    ['manage', 'screening'],
    ['manage', 'counts'],
  ]);
  const screen = (eligible: boolean) =>
    action.run(
      () =>
        call(
          api.POST('/api/v1/proposals/{id}/screening', {
            params: { path: { id: p.id } },
            body: { eligible, reason: reason.trim() },
          }),
        ),
      problem,
      t(eligible ? 'manage.screening.passed' : 'manage.screening.failed'),
    );
  return (
    <li className="card" data-proposal={p.id}>
      <h2>{p.title}</h2>
      <p>{[p.region && regionName(p.region, lang), p.commune].filter(Boolean).join(' — ')}</p>
      <p className="amount">
        {t('manage.screening.requested', { amount: formatMoney(p.requestedAmount ?? 0, p.currency, lang) })}
      </p>
      {p.submittedAt && (
        <p className="muted">{t('manage.screening.submitted', { date: formatDate(p.submittedAt, lang) })}</p>
      )}
      <TextArea
        label={t('manage.screening.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        error={problem.fieldError('reason')}
      />
      <Problem problem={problem} />
      <Done message={action.done} />
      <div className="actions">
        <button type="button" disabled={action.busy} onClick={() => void screen(true)}>
          {t('manage.screening.pass')}
        </button>
        <button type="button" className="danger" disabled={action.busy} onClick={() => void screen(false)}>
          {t('manage.screening.fail')}
        </button>
      </div>
    </li>
  );
}
