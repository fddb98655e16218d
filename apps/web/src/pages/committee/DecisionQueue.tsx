import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney, regionName } from '../../format';

/** One page of 100, oldest first: a committee rarely has more waiting at once, and the oldest matter most. */
export const decisionQueueQuery = () => ({
  queryKey: ['proposals', 'awaiting_decision'],
  queryFn: () =>
    call(
      api.GET('/api/v1/proposals', { params: { query: { status: 'awaiting_decision', order: 'oldest', limit: 100 } } }),
    ),
});

/** The committee chair's queue: proposals whose reviews are in, the oldest first, each with its decision deadline. */
export default function DecisionQueue() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queue = useQuery(decisionQueueQuery());
  return (
    <>
      <h1>{t('committee.queueTitle')}</h1>
      <p className="muted">{t('committee.queueIntro')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <p className="empty">{t('committee.queueEmpty')}</p>
      ) : (
        <ul className="cards">
          {queue.data.items.map((p) => {
            const late = p.stageDeadline !== null && Date.parse(p.stageDeadline) < Date.now();
            return (
              <li key={p.id} className="card" data-proposal={p.id}>
                <h2>
                  <Link to={`/committee/${p.id}`}>{p.title}</Link>
                </h2>
                {p.region && <p className="muted">{regionName(p.region, lang)}</p>}
                {p.requestedAmount !== null && (
                  <p>{t('committee.requested', { amount: formatMoney(p.requestedAmount, p.currency, lang) })}</p>
                )}
                {p.stageDeadline && (
                  <p className={`badge ${late ? 'badge-refused' : 'badge-upcoming'}`} data-deadline="">
                    {t(late ? 'committee.overdue' : 'committee.deadline', { date: formatDate(p.stageDeadline, lang) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
