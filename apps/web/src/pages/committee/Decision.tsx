import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { Field, FormProblem, TextAreaField, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney, parseDuration } from '../../format';
import { ProposalAsSubmitted } from '../ReviewAssignment';

type Proposal = Schemas['ProposalDto'];
type Summary = Schemas['ReviewListDto'];
type Round = Schemas['RoundDto'];
type Outcome = 'approve' | 'reject' | 'revise';
const OUTCOMES: Outcome[] = ['approve', 'reject', 'revise'];

/** One proposal for the chair: the review summary beside the proposal as submitted, then the decision form. */
export default function Decision() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const proposal = useQuery({
    queryKey: ['proposal', id],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
  });
  const summary = useQuery({
    queryKey: ['proposal-reviews', id],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}/reviews', { params: { path: { id } } })),
  });
  const round = useQuery({
    queryKey: ['round', proposal.data?.roundId],
    queryFn: () => call(api.GET('/api/v1/rounds/{id}', { params: { path: { id: proposal.data!.roundId } } })),
    enabled: !!proposal.data,
  });

  const failed = [proposal, summary, round].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} retry={() => void failed.refetch()} />;
  if (!proposal.data || !summary.data || !round.data) return <Loading />;
  const p = proposal.data;
  return (
    <>
      <p className="no-print">
        <Link to="/committee">{t('committee.back')}</Link>
      </p>
      <h1>{p.title}</h1>
      <div className="split">
        <ReviewSummary summary={summary.data} round={round.data} />
        <ProposalAsSubmitted proposal={p} />
      </div>
      {p.status === 'awaiting_decision' ? (
        <DecisionForm proposal={p} summary={summary.data} round={round.data} />
      ) : (
        <Decided proposal={p} />
      )}
    </>
  );
}

function Decided({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  return (
    <section className="notice" role="status" aria-labelledby="decided-heading">
      <h2 id="decided-heading">{t('committee.decisionTitle')}</h2>
      <p>{t('committee.decided', { status: t(`committee.statuses.${p.status}`, { defaultValue: p.status }) })}</p>
      {p.grantId && (
        <p>
          <Link to={`/grants/${p.grantId}`}>{t('committee.grantLink')}</Link>
        </p>
      )}
    </section>
  );
}

/** Per reviewer (named: only staff read this), each criterion's score and comment, then the mean against the threshold. */
function ReviewSummary({ summary: s, round }: { summary: Summary; round: Round }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const percent = (n: number) =>
    new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(n);
  const current = s.items.filter((r) => r.cycle === s.cycle);
  const earlier = s.items.filter((r) => r.cycle !== s.cycle);
  const criterion = (key: string) => round.rubric.find((c) => c.key === key);
  const reviewCard = (r: Summary['items'][number]) => (
    <li key={r.id} className="card" data-review={r.id}>
      <h3>{t('committee.reviewBy', { name: r.reviewerName })}</h3>
      <p className="amount">{t('committee.reviewScore', { score: percent(r.weightedScore) })}</p>
      <p>
        {t('committee.recommendation', {
          value: t(`committee.recommendations.${r.recommendation}`, { defaultValue: r.recommendation }),
        })}
      </p>
      <ul className="plain-list">
        {r.scores.map((sc) => {
          const c = criterion(sc.criterion);
          return (
            <li key={sc.criterion} data-criterion={sc.criterion}>
              {t('committee.criterionScore', {
                label: c?.label[lang] ?? sc.criterion,
                score: sc.score,
                max: c?.maxScore ?? '?',
              })}
              {sc.comment && <span className="muted"> — {sc.comment}</span>}
            </li>
          );
        })}
      </ul>
      <p>
        <strong>{t('committee.overall')}</strong> : {r.comment}
      </p>
    </li>
  );
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('committee.summaryTitle')}</h2>
      {s.weightedScore === null ? (
        <p className="notice">{t('committee.noScore')}</p>
      ) : (
        <div
          className={`score ${s.thresholdMet ? 'score-met' : 'score-below'}`}
          data-threshold-met={String(s.thresholdMet)}
        >
          <p>{t('committee.mean')}</p>
          <p className="score-value" data-mean="">
            {t('committee.meanValue', { score: percent(s.weightedScore) })}
          </p>
          <p>{t('committee.threshold', { threshold: s.approvalThreshold })}</p>
          <p className="badge">{s.thresholdMet ? t('committee.met') : t('committee.notMet')}</p>
        </div>
      )}
      <ul className="cards">{current.map(reviewCard)}</ul>
      <h3>{t('committee.conflictsTitle')}</h3>
      {s.conflicts.length === 0 ? (
        <p className="muted">{t('committee.conflictsNone')}</p>
      ) : (
        <ul className="plain-list" data-conflicts="">
          {s.conflicts.map((c) => (
            <li key={`${c.reviewerId}-${c.cycle}`}>
              {t('committee.conflict', { name: c.reviewerName })}
              {c.reason && <span className="muted"> — {t('committee.conflictReason', { reason: c.reason })}</span>}
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <details>
          <summary>{t('committee.previousCycle')}</summary>
          <ul className="cards">{earlier.map(reviewCard)}</ul>
        </details>
      )}
    </section>
  );
}

/**
 * Approve an amount up to the request (with conditions), reject with a reason, or ask for a revision with comments
 * (the deadline is the call's). The justification rule is stated next to its field; the API decides, and its
 * JUSTIFICATION_REQUIRED lands on that field.
 */
function DecisionForm({ proposal: p, summary, round }: { proposal: Proposal; summary: Summary; round: Round }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [amount, setAmount] = useState(p.requestedAmount === null ? '' : String(p.requestedAmount));
  const [conditions, setConditions] = useState('');
  const [reason, setReason] = useState('');
  const [justification, setJustification] = useState('');
  const [moved, setMoved] = useState(false);
  const problem = useProblem(['outcome', 'amount', 'conditions', 'reason', 'justification']);

  const decide = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/proposals/{id}/decision', {
          params: { path: { id: p.id } },
          body: {
            outcome: outcome as Outcome,
            ...(outcome === 'approve'
              ? { amount: amount.trim() === '' ? Number.NaN : Number(amount.replace(/\s/g, '')) }
              : {}),
            ...(outcome === 'approve' && conditions.trim() ? { conditions } : {}),
            ...(outcome !== 'approve' ? { reason } : {}),
            ...(justification.trim() ? { justification } : {}),
          },
        }),
      ),
    onMutate: () => {
      problem.clear();
      setMoved(false);
    },
    onError: (error) => {
      // Decided by someone else, withdrawn meanwhile…: say so and show the proposal as it is now.
      if (error instanceof ApiError && error.problem.status === 409 && error.problem.code === 'INVALID_STATE') {
        setMoved(true);
        void queryClient.invalidateQueries({ queryKey: ['proposal', p.id] });
        void queryClient.invalidateQueries({ queryKey: ['proposals'] });
        return;
      }
      problem.show(error);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(['proposal', p.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };

  const score =
    summary.weightedScore === null
      ? null
      : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: 2 }).format(
          summary.weightedScore,
        );
  const needed =
    (outcome === 'approve' && summary.thresholdMet === false) ||
    (outcome === 'reject' && summary.thresholdMet === true);
  const rule = needed
    ? t(outcome === 'approve' ? 'committee.justificationRuleApprove' : 'committee.justificationRuleReject', {
        score,
        threshold: summary.approvalThreshold,
      })
    : t('committee.justificationRule', { threshold: summary.approvalThreshold });
  const revision = parseDuration(round.durations.revision ?? '');
  const revisionDays = revision
    ? revision.unit === 'day'
      ? revision.count
      : Math.max(1, Math.round(revision.count / (revision.unit === 'hour' ? 24 : 1440)))
    : null;
  const outcomeError = problem.fieldError('outcome');

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-heading" className="no-print">
      <h2 id="decision-heading">{t('committee.decisionTitle')}</h2>
      {moved && (
        <p className="problem" role="alert">
          {t('committee.moved', { status: t(`committee.statuses.${p.status}`, { defaultValue: p.status }) })}
        </p>
      )}
      <fieldset className="choice">
        <legend>{t('committee.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <label key={o}>
            <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
            {t(`committee.outcomes.${o}`)}
          </label>
        ))}
        {outcomeError && <p className="field-error">{outcomeError}</p>}
      </fieldset>
      {outcome === 'approve' && (
        <>
          <Field
            label={t('committee.amount')}
            name="amount"
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            hint={
              p.requestedAmount === null
                ? undefined
                : t('committee.amountHint', { max: formatMoney(p.requestedAmount, p.currency, lang) })
            }
            error={problem.fieldError('amount')}
          />
          <TextAreaField
            label={t('committee.conditions')}
            name="conditions"
            value={conditions}
            onChange={setConditions}
            maxLength={5000}
            error={problem.fieldError('conditions')}
          />
        </>
      )}
      {(outcome === 'reject' || outcome === 'revise') && (
        <TextAreaField
          label={t(outcome === 'reject' ? 'committee.reason' : 'committee.comments')}
          name="reason"
          value={reason}
          onChange={setReason}
          rows={4}
          maxLength={5000}
          error={problem.fieldError('reason')}
          hint={
            outcome === 'revise' && revisionDays
              ? t('committee.revisionDeadline', {
                  date: formatDate(new Date(Date.now() + revisionDays * 86_400_000).toISOString(), lang),
                  days: revisionDays,
                })
              : undefined
          }
        />
      )}
      {outcome && outcome !== 'revise' && (
        <TextAreaField
          label={t('committee.justification')}
          name="justification"
          value={justification}
          onChange={setJustification}
          rows={3}
          maxLength={5000}
          hint={rule}
          error={problem.fieldError('justification')}
          required={needed}
        />
      )}
      <FormProblem message={problem.formError} />
      {outcome && (
        <button type="submit" disabled={decide.isPending}>
          {t('committee.submit')}
        </button>
      )}
    </form>
  );
}
