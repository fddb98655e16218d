import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../api/client';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney, regionName } from '../format';

export const publicRounds = () => ({
  queryKey: ['public-rounds'],
  queryFn: () => call(api.GET('/api/v1/public/rounds')),
});

export default function Home() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rounds = useQuery(publicRounds());
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <LoadError error={rounds.error} retry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <p className="empty">{t('home.empty')}</p>
      ) : (
        <ul className="cards">
          {rounds.data.items.map((round) => {
            const name = round.name[lang === 'en' ? 'en' : 'fr'];
            return (
              <li key={round.id} className="card">
                <h2>
                  <Link to={`/rounds/${round.id}`} aria-label={t('home.details', { name })}>
                    {name}
                  </Link>
                </h2>
                <p className={`badge badge-${round.status}`}>{t(`home.${round.status}`)}</p>
                <p>
                  {t('home.period', { from: formatDate(round.opensAt, lang), to: formatDate(round.closesAt, lang) })}
                </p>
                <p>
                  {t('home.regions', { regions: round.eligibleRegions.map((r) => regionName(r, lang)).join(', ') })}
                </p>
                <p className="amount">
                  {t('home.maxAward', { amount: formatMoney(round.maxAward, round.currency, lang) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
