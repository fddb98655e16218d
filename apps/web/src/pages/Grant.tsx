import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney } from '../format';

type Grant = Schemas['GrantDto'];
type Report = Schemas['ReportDto'];
const WRITABLE = ['due', 'overdue', 'changes_requested', 'scheduled'];

export function grantQuery(id: string) {
  return { queryKey: ['grant', id], queryFn: () => call(api.GET('/api/v1/grants/{id}', { params: { path: { id } } })) };
}

/** The grant as the group sees it: amount, agreement, payments and their state, reports due, milestones. */
export default function GrantPage() {
  const { id = '' } = useParams();
  const grant = useQuery(grantQuery(id));
  if (grant.isPending) return <Loading />;
  if (grant.isError) return <LoadError error={grant.error} retry={() => void grant.refetch()} />;
  return <GrantView grant={grant.data} />;
}

/** The payout account in words: method, provider and the last digits only. */
export function payoutText(g: Grant, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  if (!g.payout) return null;
  const provider =
    g.payout.method === 'mobile_money'
      ? t(`grant.sign.providers.${g.payout.provider}`, { defaultValue: g.payout.provider })
      : g.payout.provider;
  return t(g.payout.method === 'mobile_money' ? 'grant.payoutMobile' : 'grant.payoutBank', {
    provider,
    masked: g.payout.accountMasked,
  });
}

function GrantView({ grant: g }: { grant: Grant }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (amount: number) => formatMoney(amount, g.currency, lang);
  const proposal = useQuery({
    queryKey: ['proposal', g.proposalId],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id: g.proposalId } } })),
  });
  const milestones = useQuery({
    queryKey: ['grant-milestones', g.id],
    queryFn: () => call(api.GET('/api/v1/grants/{id}/milestones', { params: { path: { id: g.id } } })),
  });
  // The first report the group can write now: changes asked for first, then the earliest due.
  const writable =
    g.reports.find((r) => r.status === 'changes_requested') ??
    g.reports.find((r) => ['due', 'overdue'].includes(r.status)) ??
    (g.status === 'active' ? g.reports.find((r) => r.status === 'scheduled') : undefined);
  const payout = payoutText(g, t);

  return (
    <>
      <p>
        <Link to="/grants">{t('grant.back')}</Link>
      </p>
      <h1>{proposal.data?.title || t('grant.title')}</h1>
      <p className="badge" data-grant-status={g.status}>
        {t(`grant.statuses.${g.status}`, { defaultValue: g.status })}
      </p>
      <dl className="facts">
        <dt>{t('grant.amount')}</dt>
        <dd className="amount" data-amount="">
          {money(g.amount)}
        </dd>
        <dt>{t('grant.disbursed')}</dt>
        <dd data-disbursed="">
          {t('grant.disbursedOf', { disbursed: money(g.disbursedAmount), amount: money(g.amount) })}
        </dd>
        {payout && (
          <>
            <dt>{t('grant.payout')}</dt>
            <dd data-payout="">{payout}</dd>
          </>
        )}
      </dl>
      {g.conditions && <p>{t('grant.conditions', { conditions: g.conditions })}</p>}

      {g.status === 'awaiting_agreement' ? (
        <section className="notice" aria-labelledby="agreement-title">
          <h2 id="agreement-title">{t('grant.sign.title')}</h2>
          {g.agreementDeadline && (
            <p data-agreement-deadline="">
              {t('grant.agreementDeadline', { date: formatDate(g.agreementDeadline, lang) })}
            </p>
          )}
          <Link className="button" to={`/grants/${g.id}/sign`}>
            {t('grant.signCta')}
          </Link>
        </section>
      ) : g.agreementSignedAt ? (
        <p className="muted">{t('grant.agreementSigned', { date: formatDate(g.agreementSignedAt, lang) })}</p>
      ) : null}

      <h2>{t('grant.tranches')}</h2>
      <ul className="cards">
        {g.tranches.map((tr) => (
          <li key={tr.number} className="card" data-tranche={tr.number} data-status={tr.status}>
            <h3>{t('grant.trancheLine', { number: tr.number, percentage: tr.percentage })}</h3>
            <p className="amount">{money(tr.amount)}</p>
            <p className="badge" data-tranche-status="">
              {t(`grant.trancheStatuses.${tr.status}`, { defaultValue: tr.status })}
            </p>
            {tr.disbursedAt && <p className="muted">{t('grant.paidOn', { date: formatDate(tr.disbursedAt, lang) })}</p>}
          </li>
        ))}
      </ul>

      <h2>{t('grant.reports')}</h2>
      <ul className="cards">
        {g.reports.map((r) => (
          <li key={r.id} className="card" data-report={r.sequence} data-status={r.status}>
            <h3>{r.kind === 'final' ? t('grant.finalReport') : t('grant.reportLine', { sequence: r.sequence })}</h3>
            {r.dueDate && <p>{t('grant.due', { date: formatDate(r.dueDate, lang) })}</p>}
            <p className="badge" data-report-status="">
              {t(`grant.reportStatuses.${r.status}`, { defaultValue: r.status })}
            </p>
            {r.id === writable?.id && <ReportLink grant={g} report={r} />}
          </li>
        ))}
      </ul>

      <h2>{t('grant.milestones')}</h2>
      {milestones.isPending ? (
        <Loading />
      ) : milestones.isError ? (
        <LoadError error={milestones.error} retry={() => void milestones.refetch()} />
      ) : (
        <ul className="cards">
          {milestones.data.map((m) => (
            <li key={m.id} className="card" data-milestone={m.id}>
              <h3>{m.title}</h3>
              <p>{m.deliverable}</p>
              <p>{t('grant.due', { date: formatDate(m.dueDate, lang) })}</p>
              <p className="badge">{t(`grant.milestoneStatuses.${m.status}`)}</p>
              {m.late && <p className="field-error">{t('grant.late', { count: m.daysLate })}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ReportLink({ grant, report }: { grant: Grant; report: Report }) {
  const { t } = useTranslation();
  if (!WRITABLE.includes(report.status) || grant.status !== 'active') return null;
  const key = report.status === 'changes_requested' ? 'grant.correctReport' : 'grant.writeReport';
  return (
    <Link className="button" to={`/grants/${grant.id}/reports/${report.id}`}>
      {t(key, { sequence: report.sequence })}
    </Link>
  );
}
