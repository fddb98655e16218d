import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError, api, call, type Schemas } from '../../api/client';
import { download } from '../../api/download';
import { Field, FormProblem, SelectField, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate } from '../../format';
import '../admin/admin.css';
import { KNOWN_ACTIONS } from './i18n';

type AuditEvent = Schemas['AuditSearchEventDto'];
const ENTITY_TYPES = ['proposal', 'grant', 'round', 'organization', 'user'] as const;
const FILTERS = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The day after `YYYY-MM-DD`: "au 3 décembre" includes the whole of that day. */
function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

/** The API's query for the filters in the address: dates are whole days in UTC (Conakry's time). */
function apiQuery(f: Filters) {
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`));
  return {
    entityType: (f.entityType || undefined) as AuditEvent['entityType'] | undefined,
    entityId: f.entityId || undefined,
    actorId: f.actorId || undefined,
    action: f.action || undefined,
    // A date the browser could not read is passed on as typed: the API says which field is wrong.
    from: f.from ? (valid(f.from) ? `${f.from}T00:00:00Z` : f.from) : undefined,
    to: f.to ? (valid(f.to) ? dayAfter(f.to) : f.to) : undefined,
  };
}

/**
 * `/audit` (auditor, admin): the whole audit trail, newest first, read-only. Filters live in the address, so a
 * search can be bookmarked or sent; the CSV export takes the same filters and has every matching event.
 */
export default function AuditSearch() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const [form, setForm] = useState<Filters>(filters);
  const [formKey, setFormKey] = useState(params.toString());
  // Following a link (« tout l'historique de cet objet ») changes the address: the form shows what is searched.
  if (formKey !== params.toString()) {
    setFormKey(params.toString());
    setForm(filters);
  }
  const query = apiQuery(filters);
  const events = useInfiniteQuery({
    queryKey: ['audit-events', query],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/v1/audit-events', { params: { query: { ...query, cursor: pageParam, limit: 20 } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => !(error instanceof ApiError && error.problem.status < 500) && count < 2,
  });
  // A filter the API refused (a range out of order, a malformed id) is said next to its field, as in a form.
  const refused = events.error instanceof ApiError && events.error.problem.errors?.length ? events.error.problem : null;
  const fieldError = (name: string) =>
    refused?.errors
      ?.filter((e) => e.field === name)
      .map((e) => e.message)
      .join(' ') || undefined;
  /** Searches exactly these filters (the record and person shortcuts start a new search, not a narrower one). */
  const search = (next: Partial<Filters>) => {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (next[k]?.trim()) p.set(k, next[k]!.trim());
    setParams(p);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    search(form);
  };
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form className="filters" role="search" aria-label={t('audit.filters')} onSubmit={submit} noValidate>
        <div className="filter-grid">
          <SelectField
            label={t('audit.entityType')}
            name="entityType"
            value={form.entityType}
            error={fieldError('entityType')}
            onChange={(e) => setForm({ ...form, entityType: e.target.value })}
          >
            <option value="">{t('audit.anyEntity')}</option>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entityTypes.${type}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('audit.entityId')}
            hint={t('audit.entityIdHint')}
            name="entityId"
            autoComplete="off"
            spellCheck={false}
            value={form.entityId}
            error={fieldError('entityId')}
            onChange={(e) => setForm({ ...form, entityId: e.target.value })}
          />
          <ActorSelect
            value={form.actorId}
            error={fieldError('actorId')}
            onChange={(actorId) => setForm({ ...form, actorId })}
          />
          <ActionField
            value={form.action}
            error={fieldError('action')}
            onChange={(action) => setForm({ ...form, action })}
          />
          <Field
            label={t('audit.from')}
            name="from"
            type="date"
            value={form.from}
            error={fieldError('from')}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
          <Field
            label={t('audit.to')}
            name="to"
            type="date"
            value={form.to}
            error={fieldError('to')}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </div>
        <div className="actions">
          <button type="submit">{t('audit.search')}</button>
          <button type="button" className="secondary" onClick={() => search({})}>
            {t('audit.reset')}
          </button>
        </div>
      </form>
      <Export query={query} disabled={Boolean(refused)} />
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        refused ? (
          <FormProblem message={refused.detail} />
        ) : (
          <LoadError error={events.error} retry={() => void events.refetch()} />
        )
      ) : items.length === 0 ? (
        <p className="empty">{t('audit.empty')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('audit.count', { count: items.length })}
          </p>
          <ol className="cards" aria-label={t('audit.title')}>
            {items.map((e) => (
              <EventCard key={e.id} event={e} onFilter={search} />
            ))}
          </ol>
          <div className="pager">
            {events.hasNextPage ? (
              <button
                type="button"
                className="secondary"
                disabled={events.isFetchingNextPage}
                onClick={() => void events.fetchNextPage()}
              >
                {t('audit.more')}
              </button>
            ) : (
              <p className="muted">{t('audit.end')}</p>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** People to choose from, by name: the first hundred accounts (the fund's staff and the groups' members). */
function ActorSelect({ value, error, onChange }: { value: string; error?: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const people = useQuery({
    queryKey: ['users', 'actors'],
    queryFn: () => call(api.GET('/api/v1/users', { params: { query: { limit: 100 } } })),
  });
  const options = [...(people.data?.items ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <SelectField
      label={t('audit.actor')}
      name="actorId"
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('audit.anyActor')}</option>
      {value && !options.some((u) => u.id === value) && <option value={value}>{value}</option>}
      {options.map((u) => (
        <option key={u.id} value={u.id}>
          {u.displayName}
          {u.email ? ` (${u.email})` : u.phone ? ` (${u.phone})` : ''}
        </option>
      ))}
    </SelectField>
  );
}

/** The known actions by name; one reached by a link that the list does not know yet is still offered, as its code. */
function ActionField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (action: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('audit.action')}
      name="action"
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('audit.anyAction')}</option>
      {value && !KNOWN_ACTIONS.includes(value) && <option value={value}>{value}</option>}
      {KNOWN_ACTIONS.map((a) => (
        <option key={a} value={a}>
          {t(`audit.actions.${a}`, { defaultValue: a })}
        </option>
      ))}
    </SelectField>
  );
}

function Export({ query, disabled }: { query: ReturnType<typeof apiQuery>; disabled: boolean }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const problem = useProblem([]);
  const run = async () => {
    setState('busy');
    problem.clear();
    const qs = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    try {
      await download(`/api/v1/exports/audit.csv${qs.size ? `?${qs}` : ''}`, 'audit.csv');
      setState('done');
    } catch (error) {
      problem.show(error);
      setState('idle');
    }
  };
  return (
    <div className="toolbar">
      <button type="button" className="secondary" disabled={disabled || state === 'busy'} onClick={() => void run()}>
        {state === 'busy' ? t('audit.exporting') : t('audit.export')}
      </button>
      {state === 'done' && (
        <p className="muted" role="status">
          {t('audit.exported')}
        </p>
      )}
      <FormProblem message={problem.formError} />
    </div>
  );
}

const time = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(iso));

function EventCard({ event: e, onFilter }: { event: AuditEvent; onFilter: (f: Partial<Filters>) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { before, after, ...rest } = (e.data ?? {}) as { before?: unknown; after?: unknown; [key: string]: unknown };
  const changes =
    isRecord(before) || isRecord(after)
      ? { before: isRecord(before) ? before : {}, after: isRecord(after) ? after : {} }
      : null;
  const details = Object.entries(changes ? rest : (e.data ?? {}));
  const titleId = `event-${e.id}`;
  return (
    <li className="event" data-event={e.action} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {t(`audit.actions.${e.action}`, { defaultValue: e.action })} <span className="muted">· {e.action}</span>
      </h2>
      <p>{t('audit.at', { date: formatDate(e.occurredAt, lang), time: time(e.occurredAt, lang) })}</p>
      <p data-actor={e.actorEmail ?? ''}>
        {e.actorId
          ? t('audit.by', {
              name: e.actorName ?? e.actorId,
              role: e.actorRole ? t(`accounts.roles.${e.actorRole}`, { defaultValue: e.actorRole }) : t('audit.none'),
            })
          : t('audit.bySystem')}
      </p>
      <p>
        {t('audit.on', {
          type: t(`audit.entityTypes.${e.entityType}`, { defaultValue: e.entityType }),
          id: e.entityId,
        })}
      </p>
      {e.toState && (
        <p>
          {e.fromState
            ? t('audit.state', { from: e.fromState, to: e.toState })
            : t('audit.stateNew', { to: e.toState })}
        </p>
      )}
      {e.reason && <p>{t('audit.reason', { reason: e.reason })}</p>}
      {changes && <Changes before={changes.before} after={changes.after} />}
      {details.length > 0 && (
        <>
          <h3 className="visually-hidden">{t('audit.details')}</h3>
          <dl className="facts">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`audit.fields.${key}`, { defaultValue: key })}</dt>
                <dd>{readable(key, value, t, lang)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <div className="actions">
        <button
          type="button"
          className="chip"
          onClick={() => onFilter({ entityType: e.entityType, entityId: e.entityId })}
        >
          {t('audit.onlyThis')}
        </button>
        {e.actorId && (
          <button type="button" className="chip" onClick={() => onFilter({ actorId: e.actorId! })}>
            {t('audit.onlyActor')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Before and after side by side, one row per field; a field that changed is marked in words, not colour alone. */
function Changes({ before, after }: { before: Record<string, unknown>; after: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return (
    <table className="changes">
      <caption className="visually-hidden">{t('audit.changes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.field')}</th>
          <th scope="col">{t('audit.before')}</th>
          <th scope="col">{t('audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => {
          const changed = JSON.stringify(before[key]) !== JSON.stringify(after[key]);
          return (
            <tr key={key} data-field={key} data-changed={changed || undefined}>
              <th scope="row">
                {t(`audit.fields.${key}`, { defaultValue: key })}
                {changed && ' *'}
              </th>
              <td>{key in before ? readable(key, before[key], t, lang) : t('audit.none')}</td>
              <td className={changed ? 'after' : undefined}>
                {key in after ? readable(key, after[key], t, lang) : t('audit.none')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value as a person reads it: role names, yes/no, dates; anything else as compact JSON. */
function readable(
  key: string,
  value: unknown,
  t: (key: string, options?: Record<string, unknown>) => string,
  lang: string,
): string {
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (key === 'roles' && Array.isArray(value))
    return value.map((r) => t(`accounts.roles.${r}`, { defaultValue: String(r) })).join(', ');
  if (key === 'language' && (value === 'fr' || value === 'en')) return t(`audit.languages.${value}`);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatDate(value, lang) : value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
