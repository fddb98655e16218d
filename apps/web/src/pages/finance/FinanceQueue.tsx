import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/hooks';
import { session } from '../../auth/session';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';

type Row = Schemas['QueueTrancheDto'];
type Queue = 'eligible' | 'release_requested' | 'release_approved' | 'disbursing' | 'failed';
const QUEUES: Queue[] = ['eligible', 'release_requested', 'release_approved', 'disbursing', 'failed'];

export const trancheQueueQuery = (status: Queue) => ({
  queryKey: ['tranche-queue', status],
  queryFn: () => call(api.GET('/api/v1/tranches', { params: { query: { status, limit: 100 } } })),
});

/**
 * Finance's queues across grants, longest waiting first. The maker opens on what to request, the checker on what to
 * approve; each row offers only the action the API says this person may take (never approving one's own request).
 */
export default function FinanceQueue() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const fallback: Queue = me.data?.roles.includes('finance_approver') ? 'release_requested' : 'eligible';
  const asked = params.get('queue') as Queue | null;
  const status: Queue = asked && QUEUES.includes(asked) ? asked : fallback;
  const queue = useQuery({ ...trancheQueueQuery(status), enabled: !me.isPending });
  const counts = queue.data?.counts;
  // Kept on the page, not the row: after an action the row usually leaves the queue that is shown.
  const [message, setMessage] = useState<{ kind: 'done' | 'problem'; text: string } | null>(null);

  return (
    <>
      <h1>{t('finance.title')}</h1>
      <p className="muted">{t('finance.intro')}</p>
      <nav aria-label={t('finance.queuesLabel')}>
        <ul className="tabs">
          {QUEUES.map((q) => (
            <li key={q}>
              <Link
                to={`?queue=${q}`}
                aria-current={q === status ? 'page' : undefined}
                data-queue={q}
                onClick={(e) => {
                  e.preventDefault();
                  setMessage(null);
                  setParams({ queue: q });
                }}
              >
                {t(`finance.queues.${q}`)}
                {counts && (
                  <span className="count" data-count={q}>
                    {' '}
                    {counts[q]}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {counts && counts.actionable > 0 && (
        <p className="notice">{t('finance.actionable', { count: counts.actionable })}</p>
      )}
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'done' ? 'notice' : 'problem'} data-message={message.kind}>
            {message.text}
          </p>
        )}
      </div>
      <h2>
        {t(`finance.queues.${status}`)}
        {counts && ` (${t('finance.count', { count: counts[status] })})`}
      </h2>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <p className="empty">{t('finance.empty')}</p>
      ) : (
        <ul className="cards">
          {queue.data.items.map((row) => (
            <QueueRow key={`${row.grantId}-${row.trancheNumber}`} row={row} me={me.data?.id} onMessage={setMessage} />
          ))}
        </ul>
      )}
      <ExportButton />
    </>
  );
}

function QueueRow({
  row,
  me,
  onMessage: setMessage,
}: {
  row: Row;
  me?: string;
  onMessage: (m: { kind: 'done' | 'problem'; text: string } | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: (action: 'request' | 'approve' | 'retry') => {
      const path = { id: row.grantId, n: row.trancheNumber };
      if (action === 'approve')
        return call(api.POST('/api/v1/grants/{id}/tranches/{n}/approve-release', { params: { path }, body: {} }));
      if (action === 'retry')
        return call(api.POST('/api/v1/grants/{id}/tranches/{n}/retry', { params: { path }, body: {} }));
      return call(api.POST('/api/v1/grants/{id}/tranches/{n}/request-release', { params: { path }, body: {} }));
    },
    onMutate: () => setMessage(null),
    onSuccess: (_tranche, action) =>
      setMessage({
        kind: 'done',
        text: `${t(`finance.done.${action}`)} (${row.grantTitle ?? row.organizationName}, ${t('finance.tranche', { number: row.trancheNumber })})`,
      }),
    onError: (error) => {
      // Someone else acted first (another checker approved, the grant was suspended…): say so plainly.
      const moved = error instanceof ApiError && error.problem.status === 409;
      setMessage({ kind: 'problem', text: moved ? t('finance.moved') : error.message });
    },
    // Either way the queues are no longer what this page shows.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tranche-queue'] }),
  });
  const payee = row.payee
    ? t(row.payee.method === 'mobile_money' ? 'finance.payeeMobile' : 'finance.payeeBank', {
        provider: t(`grant.sign.providers.${row.payee.provider}`, { defaultValue: row.payee.provider }),
        masked: row.payee.accountMasked,
      })
    : null;
  const orderLink = `/finance/grants/${row.grantId}/tranches/${row.trancheNumber}`;
  const action = row.action;

  return (
    <li className="card" data-grant={row.grantId} data-tranche={row.trancheNumber} data-status={row.status}>
      <h3>{row.grantTitle ?? row.organizationName}</h3>
      <p>
        {row.organizationName} · {t('finance.tranche', { number: row.trancheNumber })}
      </p>
      <p className="amount">{formatMoney(row.amount, row.currency, lang)}</p>
      {payee && <p>{t('finance.payee', { payee })}</p>}
      <p className="muted">{t('finance.waiting', { date: formatDate(row.waitingSince, lang) })}</p>
      {row.requestedByName && <p className="muted">{t('finance.requestedBy', { name: row.requestedByName })}</p>}
      {row.status === 'release_requested' && row.requestedBy === me && (
        <p className="notice">{t('finance.ownRequest')}</p>
      )}
      {row.status === 'failed' && row.failureReason && (
        <p className="problem">{t('finance.failure', { reason: row.failureReason })}</p>
      )}
      {row.payment?.stuckSince && (
        <div className="problem">
          <p>
            {t('finance.stuck', {
              date: formatDate(row.payment.stuckSince, lang),
              answer: row.payment.lastAnswer ?? '—',
            })}
          </p>
          <p>{t('finance.stuckHint')}</p>
        </div>
      )}
      <div className="actions">
        {(action === 'request' || action === 'approve' || action === 'retry') && (
          <button type="button" disabled={act.isPending} onClick={() => act.mutate(action)} data-action={action}>
            {t(`finance.actions.${action}`)}
          </button>
        )}
        {(action === 'confirm_payment' ||
          action === 'resolve' ||
          row.status === 'disbursing' ||
          row.status === 'release_approved') && (
          <Link
            className={action === 'confirm_payment' || action === 'resolve' ? 'button' : undefined}
            to={orderLink}
            data-action="order"
          >
            {t(`finance.actions.${action === 'confirm_payment' || action === 'resolve' ? action : 'order'}`)}
          </Link>
        )}
      </div>
    </li>
  );
}

/** The export needs the session's token, which a plain link would not send: fetch it and hand the file over. */
function ExportButton() {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const download = async () => {
    setFailed(false);
    try {
      const res = await fetch('/api/v1/exports/disbursements.csv', {
        headers: { Authorization: `Bearer ${session.token() ?? ''}`, 'Accept-Language': i18n.language },
      });
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = 'decaissements.csv';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <p className="actions">
      <button type="button" className="secondary" onClick={() => void download()} data-export="">
        {t('finance.export')}
      </button>
      {failed && (
        <span className="field-error" role="alert">
          {t('finance.exportFailed')}
        </span>
      )}
    </p>
  );
}
