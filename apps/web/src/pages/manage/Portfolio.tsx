import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REGION_KEYS } from '../../../../../libs/domain/src/regions';
import { api, call, type Schemas } from '../../api/client';
import { session } from '../../auth/session';
import { SelectField } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney, regionName } from '../../format';
import { BackToManage } from './shared';

type People = Schemas['PeopleCountDto'];
type Summary = Schemas['PortfolioSummaryDto'];

const COLORS = { first: '#1d4e89', second: '#c2410c' };

/**
 * The portfolio at a glance for a programme manager: the envelope and what is committed and paid by region,
 * people reached against target, then whom to call (late reports), slipped milestones and grants at risk.
 * Filters by round and region; exports as files. The chart library loads with this screen only.
 */
export default function Portfolio() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const roundId = params.get('roundId') ?? undefined;
  const region = (REGION_KEYS as string[]).includes(params.get('region') ?? '')
    ? (params.get('region') as (typeof REGION_KEYS)[number])
    : undefined;
  const filter = { ...(roundId ? { roundId } : {}), ...(region ? { region } : {}) };
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const rounds = useQuery({
    queryKey: ['manage', 'rounds', 'all'],
    queryFn: () => call(api.GET('/api/v1/rounds', { params: { query: { limit: 100 } } })),
  });
  const summary = useQuery({
    queryKey: ['portfolio', 'summary', filter],
    queryFn: () => call(api.GET('/api/v1/portfolio/summary', { params: { query: filter } })),
  });
  const late = useQuery({
    queryKey: ['portfolio', 'late', filter],
    queryFn: () => call(api.GET('/api/v1/portfolio/overdue-reports', { params: { query: { ...filter, limit: 50 } } })),
  });
  const milestones = useQuery({
    queryKey: ['portfolio', 'milestones', filter],
    queryFn: () =>
      call(api.GET('/api/v1/portfolio/milestones', { params: { query: { ...filter, status: 'late', limit: 50 } } })),
  });
  const lateItems = late.data?.items ?? [];
  const milestoneItems = milestones.data?.items ?? [];
  const atRisk = useQuery({
    queryKey: ['portfolio', 'at-risk', filter],
    queryFn: () => call(api.GET('/api/v1/portfolio/at-risk', { params: { query: { ...filter, limit: 50 } } })),
  });

  return (
    <>
      <BackToManage />
      <h1>{t('manage.portfolio.title')}</h1>
      <div className="row">
        <SelectField
          label={t('manage.portfolio.round')}
          name="roundId"
          value={roundId ?? ''}
          onChange={(e) => setFilter('roundId', e.target.value)}
        >
          <option value="">{t('manage.portfolio.allRounds')}</option>
          {rounds.data?.items.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'en' ? r.name.en : r.name.fr}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('manage.portfolio.region')}
          name="region"
          value={region ?? ''}
          onChange={(e) => setFilter('region', e.target.value)}
        >
          <option value="">{t('manage.portfolio.allRegions')}</option>
          {REGION_KEYS.map((k) => (
            <option key={k} value={k}>
              {regionName(k, lang)}
            </option>
          ))}
        </SelectField>
      </div>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <LoadError error={summary.error} retry={() => void summary.refetch()} />
      ) : (
        <Figures summary={summary.data} region={region} />
      )}

      <section aria-labelledby="late-title">
        <h2 id="late-title">{t('manage.portfolio.lateReports')}</h2>
        {late.isPending ? (
          <Loading />
        ) : late.isError ? (
          <LoadError error={late.error} />
        ) : lateItems.length === 0 ? (
          <p className="empty">{t('manage.portfolio.noLateReports')}</p>
        ) : (
          <ul className="cards">
            {lateItems.map((r) => (
              <li key={r.reportId} className="card" data-late-report={r.reportId}>
                <h3>
                  <Link to={`/manage/grants/${r.grant.id}`}>{r.grant.title}</Link>
                </h3>
                <p>{r.organization.name}</p>
                <p className="field-error">{t('manage.portfolio.daysLate', { count: r.daysLate })}</p>
                {r.organization.phone && (
                  <p>
                    <a data-phone="" href={`tel:${r.organization.phone}`}>
                      {r.organization.phone}
                    </a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="milestones-title">
        <h2 id="milestones-title">{t('manage.portfolio.milestones')}</h2>
        {milestones.isPending ? (
          <Loading />
        ) : milestones.isError ? (
          <LoadError error={milestones.error} />
        ) : milestoneItems.length === 0 ? (
          <p className="empty">{t('manage.portfolio.noMilestones')}</p>
        ) : (
          <ul className="cards">
            {milestoneItems.map((m) => (
              <li key={m.milestoneId} className="card" data-late-milestone={m.milestoneId}>
                <h3>{m.title}</h3>
                <p>
                  <Link to={`/manage/grants/${m.grant.id}`}>{m.grant.title}</Link> — {m.organization.name}
                </p>
                <p>
                  {formatDate(m.dueDate, lang)} —{' '}
                  <span className="field-error">{t('manage.portfolio.daysLate', { count: m.daysLate })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="risk-title">
        <h2 id="risk-title">{t('manage.portfolio.atRisk')}</h2>
        {atRisk.isPending ? (
          <Loading />
        ) : atRisk.isError ? (
          <LoadError error={atRisk.error} />
        ) : atRisk.data.items.length === 0 ? (
          <p className="empty">{t('manage.portfolio.noAtRisk')}</p>
        ) : (
          <ul className="cards">
            {atRisk.data.items.map((g) => (
              <li key={g.grantId} className="card" data-at-risk={g.grantId}>
                <h3>
                  <Link to={`/manage/grants/${g.grantId}`}>{g.title}</Link>
                </h3>
                <p>
                  {g.organization.name}
                  {g.organization.phone && (
                    <>
                      {' '}
                      — <a href={`tel:${g.organization.phone}`}>{g.organization.phone}</a>
                    </>
                  )}
                </p>
                {g.atRiskSince && (
                  <p className="field-error">
                    {t('manage.portfolio.atRiskSince', {
                      date: formatDate(g.atRiskSince, lang),
                      count: g.overdueReports,
                    })}
                  </p>
                )}
                {g.stalled && (
                  <p className="field-error">{t('manage.portfolio.stalled', { reason: g.stalled.reason })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Exports filter={filter} />
    </>
  );
}

const sumPeople = (list: People[]): People =>
  list.reduce((a, p) => ({ total: a.total + p.total, women: a.women + p.women, youth: a.youth + p.youth }), {
    total: 0,
    women: 0,
    youth: 0,
  });

function Figures({ summary, region }: { summary: Summary; region?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!summary.rounds.length) return <p className="empty">{t('manage.portfolio.empty')}</p>;
  const currency = summary.rounds[0].currency;
  const money = (n: number) => formatMoney(n, currency, lang);
  const envelope = summary.rounds.reduce(
    (a, r) => ({
      total: a.total + r.envelope.total,
      reserved: a.reserved + r.envelope.reserved,
      disbursed: a.disbursed + r.envelope.disbursed,
      remaining: a.remaining + r.envelope.remaining,
    }),
    { total: 0, reserved: 0, disbursed: 0, remaining: 0 },
  );
  const byRegion = new Map<string, { awarded: number; disbursed: number }>();
  for (const r of summary.rounds) {
    for (const b of r.regions) {
      if (!b.region || (region && b.region !== region)) continue;
      const row = byRegion.get(b.region) ?? { awarded: 0, disbursed: 0 };
      byRegion.set(b.region, {
        awarded: row.awarded + b.grants.awarded,
        disbursed: row.disbursed + b.grants.disbursed,
      });
    }
  }
  const regionRows = [...byRegion].map(([key, v]) => ({ key, name: regionName(key, lang), ...v }));
  const target = sumPeople(summary.rounds.map((r) => r.beneficiaries.target));
  const reached = sumPeople(summary.rounds.map((r) => r.beneficiaries.reached));
  const peopleRows = (['total', 'women', 'youth'] as const).map((k) => ({
    key: k,
    name: t(`manage.portfolio.people.${k}`),
    target: target[k],
    reached: reached[k],
  }));
  const labels = {
    awarded: t('manage.portfolio.reserved'),
    disbursed: t('manage.portfolio.disbursed'),
    target: t('manage.portfolio.target'),
    reached: t('manage.portfolio.reached'),
  };

  return (
    <>
      <section aria-labelledby="envelope-title">
        <h2 id="envelope-title">{t('manage.portfolio.envelope')}</h2>
        <dl className="facts" data-envelope="">
          <dt>{t('manage.portfolio.total')}</dt>
          <dd data-figure="total">{money(envelope.total)}</dd>
          <dt>{t('manage.portfolio.reserved')}</dt>
          <dd data-figure="reserved">{money(envelope.reserved)}</dd>
          <dt>{t('manage.portfolio.disbursed')}</dt>
          <dd data-figure="disbursed">{money(envelope.disbursed)}</dd>
          <dt>{t('manage.portfolio.remaining')}</dt>
          <dd data-figure="remaining">{money(envelope.remaining)}</dd>
        </dl>
      </section>
      <section aria-labelledby="region-title" data-chart="regions">
        <h2 id="region-title">{t('manage.portfolio.byRegion')}</h2>
        {regionRows.length === 0 ? (
          <p className="empty">{t('manage.portfolio.empty')}</p>
        ) : (
          <>
            <Chart
              rows={regionRows}
              series={[
                ['awarded', labels.awarded],
                ['disbursed', labels.disbursed],
              ]}
              format={money}
              label={t('manage.portfolio.byRegion')}
            />
            <FigureTable
              caption={t('manage.portfolio.chartTable')}
              rows={regionRows}
              series={[
                ['awarded', labels.awarded],
                ['disbursed', labels.disbursed],
              ]}
              format={money}
            />
          </>
        )}
      </section>
      <section aria-labelledby="reach-title" data-chart="reach">
        <h2 id="reach-title">{t('manage.portfolio.reach')}</h2>
        <Chart
          rows={peopleRows}
          series={[
            ['target', labels.target],
            ['reached', labels.reached],
          ]}
          format={(n) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR').format(n)}
          label={t('manage.portfolio.reach')}
        />
        <FigureTable
          caption={t('manage.portfolio.chartTable')}
          rows={peopleRows}
          series={[
            ['target', labels.target],
            ['reached', labels.reached],
          ]}
          format={(n) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR').format(n)}
        />
      </section>
    </>
  );
}

type Row = { key: string; name: string } & Record<string, number | string>;

/** Two series as grouped bars; the table under it carries the same figures for screen readers and the test. */
function Chart({
  rows,
  series,
  format,
  label,
}: {
  rows: Row[];
  series: [string, string][];
  format: (n: number) => string;
  label: string;
}) {
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
          <YAxis
            tickFormatter={(n: number) => new Intl.NumberFormat('fr-FR', { notation: 'compact' }).format(n)}
            width={48}
            tick={{ fontSize: 12 }}
          />
          <Tooltip formatter={(v) => format(Number(v))} />
          <Legend />
          {series.map(([key, name], i) => (
            <Bar
              key={key}
              dataKey={key}
              name={name}
              fill={i === 0 ? COLORS.first : COLORS.second}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function FigureTable({
  caption,
  rows,
  series,
  format,
}: {
  caption: string;
  rows: Row[];
  series: [string, string][];
  format: (n: number) => string;
}) {
  return (
    <details>
      <summary>{caption}</summary>
      <table className="figures">
        <thead>
          <tr>
            <th scope="col"></th>
            {series.map(([key, name]) => (
              <th key={key} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{r.name}</th>
              {series.map(([key]) => (
                <td key={key} data-series={key} data-value={r[key]}>
                  {format(Number(r[key]))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

const EXPORTS = [
  ['grants.csv', 'exportGrants'],
  ['proposals.csv', 'exportProposals'],
  ['disbursements.csv', 'exportDisbursements'],
  ['iati.xml', 'exportIati'],
] as const;

/** The exports need the bearer token, so a button fetches the file and hands it to the browser to save. */
function Exports({ filter }: { filter: Record<string, string> }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  async function download(file: string) {
    setProblem(null);
    const query = file === 'disbursements.csv' ? '' : new URLSearchParams(filter).toString();
    const response = await fetch(`/api/v1/exports/${file}${query ? `?${query}` : ''}`, {
      headers: { Authorization: `Bearer ${session.token() ?? ''}` },
    }).catch(() => null);
    if (!response?.ok) {
      const body = response ? ((await response.json().catch(() => null)) as { detail?: string } | null) : null;
      setProblem(body?.detail ?? t('error.network'));
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    a.click();
    URL.revokeObjectURL(url);
  }
  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">{t('manage.portfolio.exports')}</h2>
      <div className="actions">
        {EXPORTS.map(([file, key]) => (
          <button key={file} type="button" className="secondary" data-export={file} onClick={() => void download(file)}>
            {t(`manage.portfolio.${key}`)}
          </button>
        ))}
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
