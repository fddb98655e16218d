import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import './i18n';

/** « Gestion »: what is waiting for the programme manager, with a way into each queue. */
export default function ManageHome() {
  const { t } = useTranslation();
  const counts = useQuery({
    queryKey: ['manage', 'counts'],
    queryFn: async () => {
      const [screening, organizations, reports] = await Promise.all([
        call(api.GET('/api/v1/proposals', { params: { query: { status: 'screening', limit: 100 } } })),
        call(api.GET('/api/v1/organizations', { params: { query: { status: 'pending_verification', limit: 100 } } })),
        call(api.GET('/api/v1/reports', { params: { query: { limit: 100 } } })),
      ]);
      return {
        screening: screening.items.length,
        organizations: organizations.items.length,
        reports: reports.items.length,
      };
    },
  });
  const links = [
    { to: '/manage/screening', label: 'screening', count: counts.data?.screening },
    { to: '/manage/organizations', label: 'organizations', count: counts.data?.organizations },
    { to: '/manage/reports', label: 'reports', count: counts.data?.reports },
    { to: '/manage/rounds', label: 'rounds' },
    { to: '/manage/portfolio', label: 'portfolio' },
  ] as const;
  return (
    <>
      <h1>{t('manage.home.title')}</h1>
      <p className="muted">{t('manage.home.intro')}</p>
      <ul className="cards">
        {links.map((l) => (
          <li key={l.to} className="card" data-queue={l.label}>
            <h2>
              <Link to={l.to}>{t(`manage.home.${l.label}`)}</Link>
            </h2>
            {'count' in l && l.count !== undefined && (
              <p className="badge badge-upcoming" data-count={l.count}>
                {t('manage.home.waiting', { count: l.count })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
