import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { LoadError, Loading } from '../../components/status';
import { communeName, formatDate, regionName } from '../../format';
import { ORGANIZATION_BADGE } from './Organizations';
import './admin.css';
import './i18n';

/** `/admin/organizations/:id`: one group as staff see it — its status, what was checked, its members. Read-only. */
export default function OrganizationDetail() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const organization = useQuery({
    queryKey: ['organization', id],
    queryFn: () => call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
  if (organization.isPending) return <Loading />;
  if (organization.isError) return <LoadError error={organization.error} retry={() => void organization.refetch()} />;
  const o = organization.data;
  return (
    <>
      <p>
        <Link to="/admin/organizations">{t('admin.organizations.back')}</Link>
      </p>
      <h1>{o.name}</h1>
      <p>
        {t(`organization.types.${o.type}`)} · {communeName(o.commune)} · {regionName(o.region, lang)}
      </p>
      <h2>{t('admin.organizations.verification')}</h2>
      <p className={ORGANIZATION_BADGE[o.status] ?? 'badge'} data-status={o.status}>
        {t(`organization.statuses.${o.status}`)}
      </p>
      {o.verifiedAt && <p>{t('admin.organizations.verifiedOn', { date: formatDate(o.verifiedAt, lang) })}</p>}
      {o.verificationNote && <p>{t('admin.organizations.note', { note: o.verificationNote })}</p>}
      {o.refusalReason && <p>{t('admin.organizations.refusal', { reason: o.refusalReason })}</p>}
      <p className="muted">{t('admin.organizations.verifyBy')}</p>
      <dl className="facts">
        <dt>{t('admin.organizations.contact')}</dt>
        <dd>{[o.phone, o.email].filter(Boolean).join(' · ')}</dd>
        <dd>
          {o.registrationNumber
            ? t('admin.organizations.registration', { number: o.registrationNumber })
            : t('admin.organizations.noRegistration')}
        </dd>
        <dd>{t('admin.organizations.created', { date: formatDate(o.createdAt, lang) })}</dd>
      </dl>
      <h2>{t('admin.organizations.members')}</h2>
      {o.members.length === 0 ? (
        <p className="empty">{t('admin.organizations.noMembers')}</p>
      ) : (
        <ul className="members">
          {o.members.map((m) => (
            <li key={m.id} className="member">
              <p>
                <Link to={`/admin/people/${m.id}`}>{m.displayName}</Link>
              </p>
              <p className="muted">{[m.phone, m.email].filter(Boolean).join(' · ')}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/audit?entityId=${o.id}`}>{t('admin.organizations.history')}</Link>
      </p>
    </>
  );
}
