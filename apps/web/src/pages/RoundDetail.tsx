import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call } from '../api/client';
import { useToken } from '../auth/hooks';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney, parseDuration, regionName } from '../format';

const STEPS = ['screening', 'review', 'decision', 'agreement', 'revision', 'reportPeriod'] as const;

export default function RoundDetail() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const token = useToken();
  const round = useQuery({
    queryKey: ['public-round', id],
    queryFn: () => call(api.GET('/api/v1/public/rounds/{id}', { params: { path: { id } } })),
  });
  const duration = (value: string) => {
    const parsed = parseDuration(value);
    return parsed ? t(`duration.${parsed.unit}`, { count: parsed.count }) : value;
  };

  if (round.isPending) return <Loading />;
  if (round.isError) {
    const missing =
      round.error instanceof ApiError && (round.error.problem.status === 404 || round.error.problem.status === 400);
    return (
      <>
        <h1>{t('round.notFound')}</h1>
        {!missing && <LoadError error={round.error} retry={() => void round.refetch()} />}
        <p>
          <Link to="/">{t('round.back')}</Link>
        </p>
      </>
    );
  }
  const r = round.data;
  return (
    <article>
      <p>
        <Link to="/">← {t('round.back')}</Link>
      </p>
      <h1>{r.name[lang]}</h1>
      <p className={`badge badge-${r.status}`}>{t(`home.${r.status}`)}</p>
      {r.description && <p>{r.description[lang]}</p>}

      <h2>{t('round.when')}</h2>
      <p>{t('round.whenText', { from: formatDate(r.opensAt, lang), to: formatDate(r.closesAt, lang) })}</p>

      <h2>{t('round.who')}</h2>
      <p>{t('round.whoText', { regions: r.eligibleRegions.map((k) => regionName(k, lang)).join(', ') })}</p>
      {r.eligibleCommunes?.length ? <p>{t('round.communes', { communes: r.eligibleCommunes.join(', ') })}</p> : null}

      <h2>{t('round.howMuch')}</h2>
      <p className="amount">{t('round.howMuchText', { amount: formatMoney(r.maxAward, r.currency, lang) })}</p>
      <p>
        {t('round.tranches', { count: r.tranchePlan.length, shares: r.tranchePlan.map((p) => `${p} %`).join(', ') })}
      </p>

      <h2>{t('round.how')}</h2>
      <p>{t('round.howText')}</p>
      <ul>
        {r.rubric.map((c) => (
          <li key={c.key}>{t('round.criterion', { label: c.label[lang], weight: c.weight })}</li>
        ))}
      </ul>

      <h2>{t('round.calendar')}</h2>
      <ul>
        {STEPS.map((step) => (
          <li key={step}>{t(`round.${step}`, { duration: duration(r.durations[step]) })}</li>
        ))}
      </ul>

      {r.status === 'open' && (
        <p>
          <Link className="button" to={token ? '/organization' : '/register'}>
            {t('round.apply')}
          </Link>
        </p>
      )}
    </article>
  );
}
