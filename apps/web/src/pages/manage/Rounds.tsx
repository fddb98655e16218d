import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';
import { BackToManage } from './shared';

const FILTERS = ['all', 'draft', 'open', 'closed'] as const;
type Filter = (typeof FILTERS)[number];

/** Every call for proposals, filtered by where it is in its dates, with its envelope at a glance. */
export default function Rounds() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter: Filter = (FILTERS as readonly string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as Filter)
    : 'all';
  const rounds = useQuery({
    queryKey: ['manage', 'rounds', filter],
    queryFn: () =>
      call(
        api.GET('/api/v1/rounds', {
          params: { query: { limit: 100, ...(filter === 'all' ? {} : { status: filter }) } },
        }),
      ),
  });
  return (
    <>
      <BackToManage />
      <h1>{t('manage.rounds.title')}</h1>
      <p>
        <Link className="button" to="/manage/rounds/new">
          {t('manage.rounds.create')}
        </Link>
      </p>
      <fieldset className="choice">
        <legend>{t('manage.rounds.filter')}</legend>
        {FILTERS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="status"
              value={f}
              checked={filter === f}
              onChange={() => setParams(f === 'all' ? {} : { status: f })}
            />
            {t(`manage.rounds.filters.${f}`)}
          </label>
        ))}
      </fieldset>
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <LoadError error={rounds.error} retry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <p className="empty">{t('manage.rounds.empty')}</p>
      ) : (
        <ul className="cards">
          {rounds.data.items.map((r) => (
            <li key={r.id} className="card" data-round={r.id} data-status={r.status}>
              <h2>
                <Link to={`/manage/rounds/${r.id}`}>{lang === 'en' ? r.name.en : r.name.fr}</Link>
              </h2>
              <p
                className={`badge${r.status === 'open' ? ' badge-open' : r.status === 'upcoming' ? ' badge-upcoming' : ''}`}
              >
                {t(`manage.rounds.statuses.${r.status}`)}
              </p>
              <p>
                {t('manage.rounds.dates', { opens: formatDate(r.opensAt, lang), closes: formatDate(r.closesAt, lang) })}
              </p>
              <p>
                {t('manage.rounds.envelope', {
                  total: formatMoney(r.budgetEnvelope, r.currency, lang),
                  remaining: formatMoney(r.remainingAmount, r.currency, lang),
                })}
              </p>
              {r.closedEarly && (
                <p className="muted">
                  {t('manage.rounds.closedEarly', {
                    date: formatDate(r.closedEarly.at, lang),
                    reason: r.closedEarly.reason,
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
