import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CURRENCY_MINOR_UNITS } from '../../../../libs/domain/src/money';
import { api, call, type Schemas } from '../api/client';
import { Field, FormProblem, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney } from '../format';
import { grantQuery } from './Grant';

type Grant = Schemas['GrantDto'];
type Report = Schemas['ReportDetailDto'];
type Proposal = Schemas['ProposalDto'];
type Milestone = Schemas['GrantMilestoneDto'];
const OPEN = ['scheduled', 'due', 'overdue', 'changes_requested'];
const UPDATES = ['achieved', 'delayed', 'missed'] as const;

const digits = (currency: string) => CURRENCY_MINOR_UNITS[currency as keyof typeof CURRENCY_MINOR_UNITS] ?? 0;
/** "12 000 000" → 12000000 (minor units); empty stays empty. People type amounts with spaces. */
function parseAmount(text: string, currency: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!clean) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? Math.round(value * 10 ** digits(currency)) : NaN;
}
const amountText = (amount: number, currency: string) => String(amount / 10 ** digits(currency));
const count = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** A progress or final report: what was done, people reached, indicators, spending to date, milestones. */
export default function GrantReport() {
  const { id = '', rid = '' } = useParams();
  const grant = useQuery(grantQuery(id));
  const report = useQuery({
    queryKey: ['report', rid],
    queryFn: () => call(api.GET('/api/v1/grants/{id}/reports/{rid}', { params: { path: { id, rid } } })),
  });
  const proposalId = grant.data?.proposalId ?? '';
  const proposal = useQuery({
    queryKey: ['proposal', proposalId],
    enabled: !!proposalId,
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id: proposalId } } })),
  });
  const milestones = useQuery({
    queryKey: ['grant-milestones', id],
    queryFn: () => call(api.GET('/api/v1/grants/{id}/milestones', { params: { path: { id } } })),
  });
  const failed = [grant, report, proposal, milestones].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} retry={() => void failed.refetch()} />;
  if (!grant.data || !report.data || !proposal.data || !milestones.data) return <Loading />;
  return <ReportForm grant={grant.data} report={report.data} proposal={proposal.data} milestones={milestones.data} />;
}

function ReportForm({
  grant: g,
  report: r,
  proposal: p,
  milestones,
}: {
  grant: Grant;
  report: Report;
  proposal: Proposal;
  milestones: Milestone[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (amount: number) => formatMoney(amount, g.currency, lang);
  const queryClient = useQueryClient();
  const baseId = useId();
  const categories = [...new Set(p.budgetLines.map((l) => l.category))];
  const budgeted = (c: string) => p.budgetLines.filter((l) => l.category === c).reduce((s, l) => s + l.total, 0);
  // A report sent back keeps its last content: the group corrects it rather than starting again.
  const [narrative, setNarrative] = useState(r.narrative ?? '');
  const [people, setPeople] = useState({
    total: r.beneficiaries ? String(r.beneficiaries.total) : '',
    women: r.beneficiaries ? String(r.beneficiaries.women) : '',
    youth: r.beneficiaries ? String(r.beneficiaries.youth) : '',
  });
  const [indicators, setIndicators] = useState<Record<string, string>>(
    Object.fromEntries(
      p.indicators.map((i) => [i.key, String(r.indicators.find((v) => v.key === i.key)?.value ?? '')]),
    ),
  );
  const [spending, setSpending] = useState<Record<string, string>>(
    Object.fromEntries(
      categories.map((c) => {
        const e = r.expenditures.find((x) => x.category === c);
        return [c, e ? amountText(e.amount, g.currency) : ''];
      }),
    ),
  );
  const [updates, setUpdates] = useState<Record<string, string>>(
    Object.fromEntries(milestones.map((m) => [m.id, r.milestones.find((u) => u.id === m.id)?.status ?? ''])),
  );

  // What is sent, and which input each array entry came from, so that `expenditures[1].amount` lands on its field.
  const sentIndicators = p.indicators.filter((i) => indicators[i.key]?.trim());
  const sentCategories = categories.filter((c) => spending[c]?.trim());
  const sentMilestones = milestones.filter((m) => updates[m.id]);
  const total = sentCategories.reduce((s, c) => s + (parseAmount(spending[c], g.currency) || 0), 0);
  const problem = useProblem([
    'narrative',
    'beneficiaries.total',
    'beneficiaries.women',
    'beneficiaries.youth',
    ...sentIndicators.map((_, i) => `indicators[${i}]`),
    'indicators',
    ...sentCategories.map((_, i) => `expenditures[${i}]`),
    'expenditures',
    ...sentMilestones.map((_, i) => `milestones[${i}]`),
    'milestones',
  ]);
  // The API's own words name the limit in minor units: say it as people read money.
  const spendingError =
    problem.problem?.code === 'EXPENDITURE_ABOVE_DISBURSED'
      ? t('grant.report.above', { disbursed: money(g.disbursedAmount) })
      : problem.fieldError('expenditures');
  // Spending above what was paid: next to the amounts that alone pass it, else under the total.
  const aboveAlone = (c: string) =>
    !!spendingError && (parseAmount(spending[c] ?? '', g.currency) ?? 0) > g.disbursedAmount;
  const anyAlone = categories.some(aboveAlone);
  const categoryError = (c: string) => {
    const i = sentCategories.indexOf(c);
    return (
      (i >= 0 ? problem.fieldError(`expenditures[${i}]`) : undefined) ?? (aboveAlone(c) ? spendingError : undefined)
    );
  };

  const submit = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/reports/{rid}/submit', {
          params: { path: { id: g.id, rid: r.id } },
          body: {
            narrative,
            beneficiaries: {
              total: count(people.total),
              women: count(people.women),
              youth: count(people.youth),
            } as Schemas['BeneficiariesDto'],
            indicators: sentIndicators.map((i) => ({ key: i.key, value: Number(indicators[i.key].trim()) })),
            expenditures: sentCategories.map((c) => ({
              category: c,
              amount: parseAmount(spending[c], g.currency) as number,
            })),
            milestones: sentMilestones.map((m) => ({ id: m.id, status: updates[m.id] as (typeof UPDATES)[number] })),
          },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (sent) => {
      queryClient.setQueryData(['report', r.id], sent);
      void queryClient.invalidateQueries({ queryKey: ['grant', g.id] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  const title = r.kind === 'final' ? t('grant.finalReport') : t('grant.report.title', { sequence: r.sequence });
  const back = (
    <p>
      <Link to={`/grants/${g.id}`}>{t('grant.open')}</Link>
    </p>
  );

  if (!OPEN.includes(r.status) || g.status !== 'active') {
    return (
      <>
        {back}
        <h1>{title}</h1>
        {r.status === 'submitted' ? (
          <p className="notice" role="status" data-report-sent="">
            {t('grant.report.sent')}
          </p>
        ) : (
          <p className="notice">{t('grant.report.readOnly', { status: t(`grant.reportStatuses.${r.status}`) })}</p>
        )}
      </>
    );
  }

  const narrativeError = problem.fieldError('narrative');
  const indicatorError = (key: string) => {
    const i = sentIndicators.findIndex((x) => x.key === key);
    return i >= 0 ? problem.fieldError(`indicators[${i}]`) : undefined;
  };
  const milestoneError = (id: string) => {
    const i = sentMilestones.findIndex((x) => x.id === id);
    return i >= 0 ? problem.fieldError(`milestones[${i}]`) : undefined;
  };

  return (
    <>
      {back}
      <h1>{title}</h1>
      {r.dueDate && <p>{t('grant.due', { date: formatDate(r.dueDate, lang) })}</p>}
      {r.status === 'changes_requested' && (
        <section className="notice" aria-labelledby="changes-title" data-changes="">
          <h2 id="changes-title">{t('grant.report.changes')}</h2>
          {r.reviewComment && (
            <blockquote className="comments" data-review-comment="">
              {r.reviewComment}
            </blockquote>
          )}
          {r.resubmitBy && <p>{t('grant.report.resubmitBy', { date: formatDate(r.resubmitBy, lang) })}</p>}
        </section>
      )}
      <p className="muted">{t('grant.report.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${baseId}-narrative`}>{t('grant.report.narrative')}</label>
          <p id={`${baseId}-narrative-hint`} className="hint">
            {t('grant.report.narrativeHint')}
          </p>
          <textarea
            id={`${baseId}-narrative`}
            name="narrative"
            rows={6}
            maxLength={20000}
            value={narrative}
            onChange={(e) => setNarrative(e.target.value)}
            required
            aria-invalid={narrativeError ? true : undefined}
            aria-describedby={`${baseId}-narrative-hint${narrativeError ? ` ${baseId}-narrative-error` : ''}`}
          />
          {narrativeError && (
            <p id={`${baseId}-narrative-error`} className="field-error">
              {narrativeError}
            </p>
          )}
        </div>

        <fieldset className="line">
          <legend>{t('grant.report.people')}</legend>
          {(['total', 'women', 'youth'] as const).map((k) => (
            <Field
              key={k}
              label={t(`grant.report.${k}`)}
              name={`beneficiaries.${k}`}
              inputMode="numeric"
              value={people[k]}
              onChange={(e) => setPeople({ ...people, [k]: e.target.value })}
              error={problem.fieldError(`beneficiaries.${k}`)}
              required
            />
          ))}
        </fieldset>

        {p.indicators.length > 0 && (
          <fieldset className="line">
            <legend>{t('grant.report.indicators')}</legend>
            {p.indicators.map((i) => (
              <Field
                key={i.key}
                label={i.label}
                hint={t('grant.report.target', { target: i.target })}
                name={`indicator-${i.key}`}
                inputMode="numeric"
                value={indicators[i.key] ?? ''}
                onChange={(e) => setIndicators({ ...indicators, [i.key]: e.target.value })}
                error={indicatorError(i.key)}
              />
            ))}
          </fieldset>
        )}

        <fieldset className="line" aria-describedby={`${baseId}-spending-hint`}>
          <legend>{t('grant.report.spending')}</legend>
          <p id={`${baseId}-spending-hint`} className="hint" data-disbursed="">
            {t('grant.report.spendingHint', { disbursed: money(g.disbursedAmount) })}
          </p>
          {categories.map((c) => (
            <Field
              key={c}
              label={`${t(`draft.categories.${c}`, { defaultValue: c })} (${g.currency})`}
              hint={t('grant.report.budgeted', { amount: money(budgeted(c)) })}
              name={`spending-${c}`}
              inputMode="numeric"
              value={spending[c] ?? ''}
              onChange={(e) => setSpending({ ...spending, [c]: e.target.value })}
              error={categoryError(c)}
            />
          ))}
          <p data-spending-total="">
            {t('grant.report.spendingTotal', { total: money(total), disbursed: money(g.disbursedAmount) })}
          </p>
          {spendingError && !anyAlone && (
            <p className="field-error" data-spending-error="">
              {spendingError}
            </p>
          )}
        </fieldset>

        {milestones.length > 0 && (
          <fieldset className="line">
            <legend>{t('grant.milestones')}</legend>
            {milestones.map((m) => {
              const error = milestoneError(m.id);
              return (
                <div key={m.id} className="field">
                  <label htmlFor={`${baseId}-m-${m.id}`}>{m.title}</label>
                  <p id={`${baseId}-m-${m.id}-hint`} className="hint">
                    {t('grant.due', { date: formatDate(m.dueDate, lang) })} · {t(`grant.milestoneStatuses.${m.status}`)}
                  </p>
                  <select
                    id={`${baseId}-m-${m.id}`}
                    name={`milestone-${m.id}`}
                    value={updates[m.id] ?? ''}
                    onChange={(e) => setUpdates({ ...updates, [m.id]: e.target.value })}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={`${baseId}-m-${m.id}-hint${error ? ` ${baseId}-m-${m.id}-error` : ''}`}
                  >
                    <option value="">{t('grant.report.unchanged')}</option>
                    {UPDATES.map((s) => (
                      <option key={s} value={s}>
                        {t(`grant.milestoneStatuses.${s}`)}
                      </option>
                    ))}
                  </select>
                  {error && (
                    <p id={`${baseId}-m-${m.id}-error`} className="field-error">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        )}

        <FormProblem
          message={problem.problem?.code === 'EXPENDITURE_ABOVE_DISBURSED' ? spendingError : problem.formError}
        />
        <button type="submit" disabled={submit.isPending}>
          {t('grant.report.submit')}
        </button>
      </form>
    </>
  );
}
