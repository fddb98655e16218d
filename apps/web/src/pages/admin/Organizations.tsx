import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ORGANIZATION_STATUSES } from '../../../../../libs/domain/src/organizations';
import { REGION_KEYS } from '../../../../../libs/domain/src/regions';
import { ORGANIZATION_TYPES } from '../../../../../libs/domain/src/roles';
import { api, call } from '../../api/client';
import { Field, SelectField } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { communeName, formatDate, regionName } from '../../format';
import './admin.css';
import './i18n';

export const ORGANIZATION_BADGE: Record<string, string> = {
  verified: 'badge badge-open',
  pending_verification: 'badge badge-upcoming',
  refused: 'badge badge-refused',
};

/** `/admin/organizations`: the staff search of community groups, by name, status, region and type. */
export default function Organizations() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filters = {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    region: params.get('region') ?? '',
    type: params.get('type') ?? '',
  };
  const [form, setForm] = useState(filters);
  const list = useInfiniteQuery({
    queryKey: ['organizations', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/organizations', {
          params: {
            query: {
              q: filters.q || undefined,
              status: (filters.status || undefined) as never,
              region: (filters.region || undefined) as never,
              type: (filters.type || undefined) as never,
              cursor: pageParam,
              limit: 20,
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) if (value.trim()) next.set(key, value.trim());
    setParams(next);
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('admin.organizations.title')}</h1>
      <form className="filters" role="search" onSubmit={submit} noValidate>
        <Field
          label={t('admin.organizations.search')}
          name="q"
          type="search"
          value={form.q}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
        />
        <div className="filter-grid">
          <SelectField
            label={t('admin.organizations.status')}
            name="status"
            value={form.status}
            onChange={(e) => setForm({ ...form, status: e.target.value })}
          >
            <option value="">{t('admin.organizations.anyStatus')}</option>
            {ORGANIZATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`organization.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('admin.organizations.region')}
            name="region"
            value={form.region}
            onChange={(e) => setForm({ ...form, region: e.target.value })}
          >
            <option value="">{t('admin.organizations.anyRegion')}</option>
            {REGION_KEYS.map((r) => (
              <option key={r} value={r}>
                {regionName(r, lang)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('admin.organizations.type')}
            name="type"
            value={form.type}
            onChange={(e) => setForm({ ...form, type: e.target.value })}
          >
            <option value="">{t('admin.organizations.anyType')}</option>
            {ORGANIZATION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`organization.types.${ty}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit">{t('admin.organizations.filter')}</button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} retry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('admin.organizations.empty')}</p>
      ) : (
        <>
          <ul className="cards" aria-label={t('admin.organizations.title')}>
            {items.map((o) => (
              <li key={o.id} className="card" data-organization={o.name}>
                <h2>
                  <Link to={`/admin/organizations/${o.id}`}>{o.name}</Link>
                </h2>
                <p>
                  {t(`organization.types.${o.type}`)} · {communeName(o.commune)} · {regionName(o.region, lang)}
                </p>
                <p className="muted">
                  {o.registrationNumber
                    ? t('admin.organizations.registration', { number: o.registrationNumber })
                    : t('admin.organizations.noRegistration')}
                </p>
                <p className={ORGANIZATION_BADGE[o.status] ?? 'badge'} data-status={o.status}>
                  {t(`organization.statuses.${o.status}`)}
                </p>
                <p className="muted">{t('admin.organizations.created', { date: formatDate(o.createdAt, lang) })}</p>
              </li>
            ))}
          </ul>
          {list.hasNextPage && (
            <div className="pager">
              <button
                type="button"
                className="secondary"
                disabled={list.isFetchingNextPage}
                onClick={() => void list.fetchNextPage()}
              >
                {t('admin.organizations.more')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
