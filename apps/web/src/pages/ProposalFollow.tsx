import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { FormProblem, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney } from '../format';

type Proposal = Schemas['ProposalDto'];
const STAGES = ['submitted', 'screening', 'review', 'decision'] as const;
type Stage = (typeof STAGES)[number];

/** Where the proposal is among the four steps an applicant sees; `done` past the last one. */
function currentStage(p: Proposal): Stage | 'done' {
  switch (p.status) {
    case 'submitted':
    case 'screening':
      return 'screening';
    case 'in_review':
      return 'review';
    case 'awaiting_decision':
      return 'decision';
    default:
      return 'done';
  }
}

const DECIDED = ['approved', 'rejected', 'revision_requested', 'ineligible', 'withdrawn', 'expired'];

/** The applicant follows a submitted proposal: its steps and their deadlines, the decision, changes asked for. */
export default function ProposalFollow() {
  const { id = '' } = useParams();
  const proposal = useQuery({
    queryKey: ['proposal', id],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
  });
  if (proposal.isPending) return <Loading />;
  if (proposal.isError) return <LoadError error={proposal.error} retry={() => void proposal.refetch()} />;
  return <Follow proposal={proposal.data} />;
}

function Follow({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const history = useQuery({
    queryKey: ['proposal-history', p.id, p.status],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}/history', { params: { path: { id: p.id } } })),
  });
  const stage = currentStage(p);
  const events = history.data?.items ?? [];
  // Stopped before a decision (not eligible, withdrawn): the steps after the last one reached stay unticked.
  const reached =
    p.status === 'ineligible'
      ? 2
      : p.status === 'withdrawn' && !p.decision
        ? 1 +
          Number(events.some((e) => e.action === 'proposal.screened' && e.toState !== 'ineligible')) +
          Number(events.some((e) => e.action === 'proposal.review_completed'))
        : STAGES.length;
  const currentIndex = STAGES.indexOf(stage as Stage);
  // The committee's comments: on the decision, and in the trail's revision event (the latest one).
  const revisionEvent = history.data?.items.filter((e) => e.action === 'proposal.revision_requested').at(-1);
  const comments =
    p.decision?.outcome === 'revise' ? (p.decision.reason ?? revisionEvent?.reason) : revisionEvent?.reason;

  return (
    <>
      <p>
        <Link to="/proposals">{t('follow.back')}</Link>
      </p>
      <h1>{p.title || t('proposals.untitled')}</h1>
      <p className="badge" data-proposal-status={p.status}>
        {t(`proposals.statuses.${p.status}`, { defaultValue: p.status })}
      </p>
      {p.requestedAmount ? <p>{formatMoney(p.requestedAmount, p.currency, lang)}</p> : null}

      <h2>{t('follow.timeline')}</h2>
      <ol className="timeline">
        {STAGES.map((s, i) => {
          const state =
            stage === 'done'
              ? i < reached
                ? 'done'
                : 'next'
              : i < currentIndex
                ? 'done'
                : i === currentIndex
                  ? 'current'
                  : 'next';
          return (
            <li
              key={s}
              className={`step step-${state}`}
              data-stage={s}
              data-state={state}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="step-label">{t(`follow.stages.${s}`)}</span>
              <span className="visually-hidden"> — {t(`follow.${state}`)}</span>
              {s === 'submitted' && p.submittedAt && (
                <span className="muted step-when">
                  {t('follow.submittedOn', { date: formatDate(p.submittedAt, lang) })}
                </span>
              )}
              {state === 'current' && p.stageDeadline && (
                <span className="step-when" data-stage-deadline="">
                  {t('follow.deadline', { date: formatDate(p.stageDeadline, lang) })}
                </span>
              )}
            </li>
          );
        })}
      </ol>

      {p.status === 'ineligible' && (
        <p className="notice">{t('follow.ineligible', { reason: p.screeningReason ?? '' })}</p>
      )}
      {(p.status === 'withdrawn' || p.status === 'expired') && (
        <p className="notice">{t(`follow.closed.${p.status}`)}</p>
      )}

      {p.status === 'revision_requested' ? (
        <Revision proposal={p} comments={comments} />
      ) : p.decision && DECIDED.includes(p.status) ? (
        <section aria-labelledby="decision-title" className="card" data-decision={p.decision.outcome}>
          <h2 id="decision-title">{t('follow.decision')}</h2>
          <p className="amount">{t(`follow.outcomes.${p.decision.outcome}`)}</p>
          {p.decision.amount != null && (
            <p>{t('follow.amount', { amount: formatMoney(p.decision.amount, p.currency, lang) })}</p>
          )}
          {p.decision.reason && <p>{t('follow.reason', { reason: p.decision.reason })}</p>}
          {p.decision.conditions && <p>{t('follow.conditions', { conditions: p.decision.conditions })}</p>}
          <p className="muted">{t('follow.decidedOn', { date: formatDate(p.decision.decidedAt, lang) })}</p>
          {p.grantId && (
            <p>
              <Link className="button" to={`/grants/${p.grantId}`} data-grant-link="">
                {t('grant.fromProposal')}
              </Link>
            </p>
          )}
        </section>
      ) : null}

      {['submitted', 'screening', 'in_review', 'awaiting_decision', 'revision_requested'].includes(p.status) && (
        <Withdraw proposal={p} />
      )}
    </>
  );
}

function Revision({ proposal: p, comments }: { proposal: Proposal; comments?: string | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const problem = useProblem([]);
  const resubmit = useMutation({
    mutationFn: () => call(api.POST('/api/v1/proposals/{id}/submit', { params: { path: { id: p.id } } })),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (submitted) => {
      queryClient.setQueryData(['proposal', p.id], submitted);
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  return (
    <section aria-labelledby="revision-title" className="card" data-revision="">
      <h2 id="revision-title">{t('follow.revision')}</h2>
      {p.stageDeadline && <p>{t('follow.revisionDeadline', { date: formatDate(p.stageDeadline, i18n.language) })}</p>}
      {comments && (
        <>
          <h3>{t('follow.comments')}</h3>
          <blockquote className="comments" data-comments="">
            {comments}
          </blockquote>
        </>
      )}
      <FormProblem message={problem.formError} />
      <div className="actions">
        <Link className="button" to={`/proposals/${p.id}`}>
          {t('follow.edit')}
        </Link>
        <button type="button" className="secondary" disabled={resubmit.isPending} onClick={() => resubmit.mutate()}>
          {t('follow.resubmit')}
        </button>
      </div>
    </section>
  );
}

function Withdraw({ proposal: p }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const problem = useProblem([]);
  const withdraw = useMutation({
    mutationFn: () => call(api.POST('/api/v1/proposals/{id}/withdraw', { params: { path: { id: p.id } }, body: {} })),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (withdrawn) => {
      setConfirming(false);
      queryClient.setQueryData(['proposal', p.id], withdrawn);
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  return (
    <div className="withdraw">
      {confirming ? (
        <div className="notice" role="alertdialog" aria-labelledby="withdraw-question">
          <p id="withdraw-question">{t('follow.withdrawConfirm')}</p>
          <FormProblem message={problem.formError} />
          <div className="actions">
            <button type="button" className="danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {t('follow.withdrawYes')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)} autoFocus>
              {t('follow.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="link" onClick={() => setConfirming(true)}>
          {t('follow.withdraw')}
        </button>
      )}
    </div>
  );
}
