import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { LoadError, Loading } from '../components/status';
import { formatMoney } from '../format';

/** « Ma subvention »: the group's grants (usually one), each with what was paid so far. */
export default function Grants() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const grants = useQuery({
    queryKey: ['grants'],
    queryFn: () => call(api.GET('/api/v1/grants', { params: { query: { limit: 100 } } })),
  });
  return (
    <>
      <h1>{t('grant.listTitle')}</h1>
      {grants.isPending ? (
        <Loading />
      ) : grants.isError ? (
        <LoadError error={grants.error} retry={() => void grants.refetch()} />
      ) : grants.data.items.length === 0 ? (
        <p className="empty">{t('grant.listEmpty')}</p>
      ) : (
        <ul className="cards">
          {grants.data.items.map((g) => (
            <li key={g.id} className="card" data-grant={g.id}>
              <h2>
                <Link to={`/grants/${g.id}`}>
                  {t('grant.title')} · {formatMoney(g.amount, g.currency, lang)}
                </Link>
              </h2>
              <p className="badge">{t(`grant.statuses.${g.status}`, { defaultValue: g.status })}</p>
              <p>
                {t('grant.disbursedOf', {
                  disbursed: formatMoney(g.disbursedAmount, g.currency, lang),
                  amount: formatMoney(g.amount, g.currency, lang),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
