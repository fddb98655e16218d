import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ROLES } from '../../../../../libs/domain/src/roles';
import type { Role } from '../../../../../libs/domain/src/roles';
import { api, call, type Schemas } from '../../api/client';
import { Field, SelectField } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import './admin.css';
import './i18n';

type User = Schemas['UserDto'];

/** `/admin/people`: everyone with an account, searchable; the filters live in the address so Back keeps them. */
export default function People() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = params.get('role') ?? '';
  const active = params.get('active') ?? '';
  const [form, setForm] = useState({ q, role, active });
  const people = useInfiniteQuery({
    queryKey: ['users', q, role, active],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(
        api.GET('/api/v1/users', {
          params: {
            query: {
              q: q || undefined,
              role: (role || undefined) as Role | undefined,
              active: (active || undefined) as 'true' | 'false' | undefined,
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
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('admin.people.title')}</h1>
      <p>{t('admin.people.intro')}</p>
      <p>
        <Link className="button" to="/admin/people/invite">
          {t('admin.people.invite')}
        </Link>
      </p>
      <form className="filters" role="search" onSubmit={submit} noValidate>
        <Field
          label={t('admin.people.search')}
          name="q"
          type="search"
          value={form.q}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
        />
        <div className="filter-grid">
          <SelectField
            label={t('admin.people.role')}
            name="role"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          >
            <option value="">{t('admin.people.anyRole')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`accounts.roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('admin.people.state')}
            name="active"
            value={form.active}
            onChange={(e) => setForm({ ...form, active: e.target.value })}
          >
            <option value="">{t('admin.people.anyState')}</option>
            <option value="true">{t('admin.people.activeOnly')}</option>
            <option value="false">{t('admin.people.inactiveOnly')}</option>
          </SelectField>
        </div>
        <button type="submit">{t('admin.people.filter')}</button>
      </form>
      {people.isPending ? (
        <Loading />
      ) : people.isError ? (
        <LoadError error={people.error} retry={() => void people.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('admin.people.empty')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('admin.people.count', { count: items.length })}
          </p>
          <ul className="cards" aria-label={t('admin.people.title')}>
            {items.map((u) => (
              <PersonCard key={u.id} user={u} />
            ))}
          </ul>
          {people.hasNextPage && (
            <div className="pager">
              <button
                type="button"
                className="secondary"
                disabled={people.isFetchingNextPage}
                onClick={() => void people.fetchNextPage()}
              >
                {t('admin.people.more')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}

export function statusBadge(status: string): string {
  return status === 'active'
    ? 'badge badge-open'
    : status === 'inactive'
      ? 'badge badge-inactive'
      : 'badge badge-invited';
}

function PersonCard({ user: u }: { user: User }) {
  const { t } = useTranslation();
  return (
    <li className="card" data-user={u.email ?? u.phone ?? u.id}>
      <h2>
        <Link to={`/admin/people/${u.id}`}>{u.displayName}</Link>
      </h2>
      <p className="muted">{[u.email, u.phone].filter(Boolean).join(' · ')}</p>
      <ul className="roles" aria-label={t('admin.person.roles')}>
        {u.roles.map((r) => (
          <li key={r} className="badge">
            {t(`accounts.roles.${r}`)}
          </li>
        ))}
      </ul>
      <p className={statusBadge(u.status)} data-status={u.status}>
        {t(`admin.people.statuses.${u.status}`)}
      </p>
    </li>
  );
}
