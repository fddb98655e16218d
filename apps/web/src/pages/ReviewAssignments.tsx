import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { LoadError, Loading } from '../components/status';
import { formatDate } from '../format';

/** All of a reviewer's assignments: one page of 100 is more than a panel member ever has open. */
export const assignmentsQuery = () => ({
  queryKey: ['review-assignments'],
  queryFn: () => call(api.GET('/api/v1/reviews/assignments', { params: { query: { limit: 100 } } })),
});

const OPEN = new Set(['pending', 'accepted']);

/** « Mes évaluations »: each proposal the reviewer was asked to review, with its deadline. */
export default function ReviewAssignments() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const assignments = useQuery(assignmentsQuery());
  return (
    <>
      <h1>{t('reviews.title')}</h1>
      <p className="muted">{t('reviews.intro')}</p>
      {assignments.isPending ? (
        <Loading />
      ) : assignments.isError ? (
        <LoadError error={assignments.error} retry={() => void assignments.refetch()} />
      ) : assignments.data.items.length === 0 ? (
        <p className="empty">{t('reviews.empty')}</p>
      ) : (
        <ul className="cards">
          {assignments.data.items.map((a) => (
            <li key={a.id} className="card">
              <h2>
                <Link to={`/reviews/${a.id}`}>{a.proposalTitle}</Link>
              </h2>
              <p
                className={`badge${a.status === 'declined' || a.status === 'lapsed' ? ' badge-refused' : OPEN.has(a.status) ? ' badge-upcoming' : ''}`}
              >
                {t(`reviews.statuses.${a.status}`)}
              </p>
              {OPEN.has(a.status) && <p>{t('reviews.deadline', { date: formatDate(a.deadline, lang) })}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
