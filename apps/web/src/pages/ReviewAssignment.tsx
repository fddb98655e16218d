import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../api/client';
import { FormProblem, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { deviceCopy, lostConnection, useKeptOnDevice, useSendWhenOnline } from '../device-copy';
import { communeName, formatDate, formatMoney, regionName } from '../format';

type Assignment = Schemas['AssignmentDto'];
type Proposal = Schemas['ProposalDto'];
type Criterion = Schemas['RubricCriterionDto'];
const RECOMMENDATIONS = ['approve', 'revise', 'reject'] as const;

/** The reviewer's own assignment, the proposal as submitted and the rubric, in one request. */
export const assignmentQuery = (id: string) => ({
  // Under `review-assignments`: answering or scoring refreshes the list and this page together.
  queryKey: ['review-assignments', id],
  queryFn: () => call(api.GET('/api/v1/reviews/assignments/{id}', { params: { path: { id } } })),
});

/** One assignment: the proposal as submitted, then accept (no conflict) or decline, then the scoring form. */
export default function ReviewAssignment() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const detail = useQuery(assignmentQuery(id));

  if (detail.isPending) return <Loading />;
  const unknown = detail.isError && detail.error instanceof ApiError && detail.error.problem.status === 404;
  if (detail.isError && !unknown) return <LoadError error={detail.error} retry={() => void detail.refetch()} />;
  if (!detail.data) {
    return (
      <>
        <h1>{t('reviews.notFound')}</h1>
        <p>
          <Link to="/reviews">{t('reviews.back')}</Link>
        </p>
      </>
    );
  }
  // Null once declined or cancelled: the API no longer lets the reviewer read it.
  const { assignment, proposal, rubric } = detail.data;
  return (
    <>
      <p>
        <Link to="/reviews">{t('reviews.back')}</Link>
      </p>
      <h1>{assignment.proposalTitle}</h1>
      <p className="badge">{t(`reviews.statuses.${assignment.status}`)}</p>
      <Status assignment={assignment} />
      {proposal && (
        <>
          {assignment.status === 'accepted' && <ScoringForm assignment={assignment} rubric={rubric} />}
          <ProposalAsSubmitted proposal={proposal} />
          {assignment.status === 'pending' && <Answer assignment={assignment} />}
        </>
      )}
    </>
  );
}

function Status({ assignment }: { assignment: Assignment }) {
  const { t, i18n } = useTranslation();
  const open = assignment.status === 'pending' || assignment.status === 'accepted';
  if (open) return <p>{t('reviews.deadline', { date: formatDate(assignment.deadline, i18n.language) })}</p>;
  return (
    <p className="notice" role="status">
      {t(`reviews.closed.${assignment.status}`)}
    </p>
  );
}

export function ProposalAsSubmitted({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="proposal-heading">
      <h2 id="proposal-heading">{t('reviews.proposal')}</h2>
      {p.summary && <p>{p.summary}</p>}
      {p.problemStatement && (
        <>
          <h3>{t('reviews.problem')}</h3>
          <p>{p.problemStatement}</p>
        </>
      )}
      <dl className="facts">
        {p.region && (
          <>
            <dt>{t('reviews.place')}</dt>
            <dd>
              {[regionName(p.region, lang), p.commune && communeName(p.commune), p.neighbourhood]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </>
        )}
        {p.startDate && p.endDate && (
          <>
            <dt>{t('reviews.dates')}</dt>
            <dd>{t('reviews.period', { from: formatDate(p.startDate, lang), to: formatDate(p.endDate, lang) })}</dd>
          </>
        )}
        {p.requestedAmount !== null && (
          <>
            <dt>{t('reviews.amount')}</dt>
            <dd className="amount">{formatMoney(p.requestedAmount, p.currency, lang)}</dd>
          </>
        )}
        {p.beneficiaries && (
          <>
            <dt>{t('reviews.beneficiaries')}</dt>
            <dd>
              {t('reviews.people', {
                total: p.beneficiaries.total,
                women: p.beneficiaries.women,
                youth: p.beneficiaries.youth,
              })}
            </dd>
          </>
        )}
      </dl>
      {p.budgetLines.length > 0 && (
        <>
          <h3>{t('reviews.budget')}</h3>
          <ul className="plain-list">
            {p.budgetLines.map((line, i) => (
              <li key={i}>
                {line.description} — {formatMoney(line.total, p.currency, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.milestones.length > 0 && (
        <>
          <h3>{t('reviews.milestones')}</h3>
          <ul className="plain-list">
            {p.milestones.map((m) => (
              <li key={m.id}>
                {m.title} ({formatDate(m.dueDate, lang)}) : {m.deliverable}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.indicators.length > 0 && (
        <>
          <h3>{t('reviews.indicators')}</h3>
          <ul className="plain-list">
            {p.indicators.map((ind) => (
              <li key={ind.key}>
                {ind.label} : {ind.target}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Accept, declaring no conflict of interest; declaring one (or being unable) declines, with a reason. */
function Answer({ assignment }: { assignment: Assignment }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [conflict, setConflict] = useState<'no' | 'yes' | ''>('');
  const [reason, setReason] = useState('');
  const problem = useProblem(['conflictOfInterest', 'reason']);
  const answer = useMutation({
    mutationFn: () =>
      conflict === 'no'
        ? call(
            api.POST('/api/v1/reviews/assignments/{id}/accept', {
              params: { path: { id: assignment.id } },
              body: { conflictOfInterest: false },
            }),
          )
        : call(
            api.POST('/api/v1/reviews/assignments/{id}/decline', {
              params: { path: { id: assignment.id } },
              body: { reason },
            }),
          ),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['review-assignments'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    answer.mutate();
  };
  const reasonError = problem.fieldError('reason');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t('reviews.answer')}</h2>
      <fieldset className="choice">
        <legend>{t('reviews.conflictQuestion')}</legend>
        <p className="hint">{t('reviews.conflictHint')}</p>
        <label>
          <input
            type="radio"
            name="conflict"
            value="no"
            checked={conflict === 'no'}
            onChange={() => setConflict('no')}
          />
          {t('reviews.conflictNo')}
        </label>
        <label>
          <input
            type="radio"
            name="conflict"
            value="yes"
            checked={conflict === 'yes'}
            onChange={() => setConflict('yes')}
          />
          {t('reviews.conflictYes')}
        </label>
      </fieldset>
      {conflict === 'yes' && (
        <div className="field">
          <label htmlFor={reasonId}>{t('reviews.reason')}</label>
          <textarea
            id={reasonId}
            name="reason"
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${reasonId}-error` : undefined}
          />
          {reasonError && (
            <p id={`${reasonId}-error`} className="field-error">
              {reasonError}
            </p>
          )}
        </div>
      )}
      <FormProblem message={problem.formError} />
      {conflict && (
        <button type="submit" disabled={answer.isPending}>
          {conflict === 'no' ? t('reviews.accept') : t('reviews.decline')}
        </button>
      )}
    </form>
  );
}

interface Entry {
  score: string;
  comment: string;
}

interface TypedReview {
  /** By criterion key, so that a copy typed against a rubric stays with the same criteria. */
  entries: Record<string, Entry>;
  comment: string;
  recommendation: string;
}

/** The scoring form as typed, on the device until the review is sent (as the proposal draft is). */
const localCopy = deviceCopy<TypedReview>('csf.review');

/** One score per rubric criterion (bounded by its maximum), a comment for each, the overall comment, a recommendation. */
function ScoringForm({ assignment, rubric }: { assignment: Assignment; rubric: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const queryClient = useQueryClient();
  const baseId = useId();
  const [restored] = useState(() => localCopy.read(assignment.id));
  const [entries, setEntries] = useState<Entry[]>(() =>
    rubric.map((c) => restored?.entries[c.key] ?? { score: '', comment: '' }),
  );
  const [comment, setComment] = useState(restored?.comment ?? '');
  const [recommendation, setRecommendation] = useState(restored?.recommendation ?? '');
  const [kept, setKept] = useState(restored !== null);
  const [waitingForNetwork, setWaitingForNetwork] = useState(false);
  useKeptOnDevice(
    localCopy,
    assignment.id,
    { entries: Object.fromEntries(rubric.map((c, i) => [c.key, entries[i]])), comment, recommendation },
    () => setKept(true),
  );
  const problem = useProblem([...rubric.map((_, i) => `scores[${i}]`), 'comment', 'recommendation']);
  const submitReview = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/reviews/assignments/{id}/submit', {
          params: { path: { id: assignment.id } },
          body: {
            scores: rubric.map((c, i) => ({
              criterion: c.key,
              score: entries[i].score.trim() === '' ? Number.NaN : Number(entries[i].score),
              ...(entries[i].comment.trim() ? { comment: entries[i].comment } : {}),
            })),
            comment,
            recommendation: recommendation as (typeof RECOMMENDATIONS)[number],
          },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => {
      problem.show(error);
      setWaitingForNetwork(lostConnection(error));
    },
    onSuccess: () => {
      localCopy.drop(assignment.id);
      setWaitingForNetwork(false);
      return queryClient.invalidateQueries({ queryKey: ['review-assignments'] });
    },
  });
  useSendWhenOnline(waitingForNetwork, () => submitReview.mutate());
  const set = (i: number, change: Partial<Entry>) =>
    setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    submitReview.mutate();
  };
  const commentError = problem.fieldError('comment');
  const recommendationError = problem.fieldError('recommendation');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">{t('reviews.scoring')}</h2>
      <p className="hint">{t('reviews.scoringHint')}</p>
      {rubric.map((c, i) => {
        const id = `${baseId}-${i}`;
        const error = problem.fieldError(`scores[${i}]`);
        return (
          <fieldset key={c.key} className="line criterion" data-criterion={c.key}>
            <legend>{c.label[lang]}</legend>
            <p className="muted">{t('reviews.weight', { weight: c.weight, max: c.maxScore })}</p>
            <div className="field">
              <label htmlFor={`${id}-score`}>{t('reviews.score', { max: c.maxScore })}</label>
              <input
                id={`${id}-score`}
                name={`scores[${i}].score`}
                type="number"
                inputMode="numeric"
                min={0}
                max={c.maxScore}
                step={1}
                value={entries[i].score}
                onChange={(e) => set(i, { score: e.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error && (
                <p id={`${id}-error`} className="field-error">
                  {error}
                </p>
              )}
            </div>
            <div className="field">
              <label htmlFor={`${id}-comment`}>{t('reviews.criterionComment')}</label>
              <textarea
                id={`${id}-comment`}
                name={`scores[${i}].comment`}
                rows={3}
                maxLength={2000}
                value={entries[i].comment}
                onChange={(e) => set(i, { comment: e.target.value })}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="field">
        <label htmlFor={`${baseId}-comment`}>{t('reviews.comment')}</label>
        <textarea
          id={`${baseId}-comment`}
          name="comment"
          rows={4}
          maxLength={10000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? `${baseId}-comment-error` : undefined}
        />
        {commentError && (
          <p id={`${baseId}-comment-error`} className="field-error">
            {commentError}
          </p>
        )}
      </div>
      <fieldset className="choice" aria-describedby={recommendationError ? `${baseId}-rec-error` : undefined}>
        <legend>{t('reviews.recommendation')}</legend>
        {RECOMMENDATIONS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="recommendation"
              value={r}
              checked={recommendation === r}
              onChange={() => setRecommendation(r)}
            />
            {t(`reviews.recommendations.${r}`)}
          </label>
        ))}
        {recommendationError && (
          <p id={`${baseId}-rec-error`} className="field-error">
            {recommendationError}
          </p>
        )}
      </fieldset>
      <FormProblem message={problem.formError} />
      <div aria-live="polite">
        {/* Offline, react-query holds the request and sends it when the browser is back online. */}
        {submitReview.isPaused || waitingForNetwork ? (
          <p className="notice">{t('reviews.offline')}</p>
        ) : (
          kept && <p className="notice">{t('reviews.kept')}</p>
        )}
      </div>
      <button type="submit" disabled={submitReview.isPending}>
        {t('reviews.submit')}
      </button>
    </form>
  );
}
