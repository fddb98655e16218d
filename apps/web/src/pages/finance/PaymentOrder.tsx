import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/hooks';
import { Field, FormProblem, TextAreaField, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';

type Order = Schemas['PaymentOrderDto'];
type Tranche = Schemas['TrancheDto'];
const FIELD_OF: Record<string, string> = {
  PAYMENT_AMOUNT_MISMATCH: 'amount',
  PAYMENT_REFERENCE_DUPLICATE: 'reference',
};

/**
 * The order finance executes outside (bank or mobile money): payee in full, amount, the reference to quote. It
 * prints on one page (print CSS drops the navigation and the form); the maker then records the payment below.
 */
export default function PaymentOrder() {
  const { id = '', n = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const number = Number(n);
  const order = useQuery({
    queryKey: ['payment-order', id, number],
    queryFn: () =>
      call(api.GET('/api/v1/grants/{id}/tranches/{n}/payment-order', { params: { path: { id, n: number } } })),
    refetchInterval: (q) => whileInFlight(q.state.data?.trancheStatus),
  });
  // What people call the grant: its proposal's title (finance reads both).
  const grant = useQuery({
    queryKey: ['grant', id],
    queryFn: () => call(api.GET('/api/v1/grants/{id}', { params: { path: { id } } })),
  });
  const proposal = useQuery({
    queryKey: ['proposal', grant.data?.proposalId],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id: grant.data!.proposalId } } })),
    enabled: !!grant.data,
  });
  // The order has no word on a payment without outcome or a failure: the grant's tranches do.
  const tranche = useQuery({
    queryKey: ['grant-tranches', id],
    queryFn: () => call(api.GET('/api/v1/grants/{id}/tranches', { params: { path: { id } } })),
    select: (all) => all.find((x) => x.number === number),
    refetchInterval: (q) => whileInFlight(q.state.data?.find((x) => x.number === number)?.status),
  });
  const me = useMe();
  // Kept on the page, not the form: what moved meanwhile usually takes the form away when the page reloads.
  const [moved, setMoved] = useState(false);

  if (order.isPending) return <Loading />;
  if (order.isError) return <LoadError error={order.error} retry={() => void order.refetch()} />;
  const o = order.data;
  const payee = o.payee;
  const confirmable =
    me.data?.roles.includes('finance_officer') &&
    o.trancheStatus === 'disbursing' &&
    o.payment?.gateway === 'manual' &&
    o.payment.status === 'ordered';

  return (
    <>
      <p className="no-print">
        <Link to="/finance">{t('finance.order.back')}</Link>
      </p>
      <article className="order" aria-labelledby="order-heading">
        <h1 id="order-heading">{t('finance.order.title')}</h1>
        <dl className="facts">
          <dt>{t('finance.order.organization')}</dt>
          <dd data-organization="">{o.organizationName}</dd>
          <dt>{t('finance.order.grant')}</dt>
          <dd data-grant-title="">{proposal.data?.title ?? o.grantId}</dd>
          <dt>{t('finance.order.tranche')}</dt>
          <dd>
            {t('finance.tranche', { number: o.trancheNumber })} · {t('finance.order.attempt', { attempt: o.attempt })}
          </dd>
          <dt>{t('finance.order.amount')}</dt>
          <dd className="amount order-amount" data-order-amount="">
            {formatMoney(o.amount, o.currency, lang)}
          </dd>
          <dt>{t('finance.order.method')}</dt>
          <dd>{t(`finance.order.methods.${payee.method}`)}</dd>
          {payee.method === 'mobile_money' ? (
            <>
              <dt>{t('finance.order.provider')}</dt>
              <dd>{t(`grant.sign.providers.${payee.provider}`, { defaultValue: payee.provider ?? '' })}</dd>
              <dt>{t('finance.order.msisdn')}</dt>
              <dd data-payee="">{payee.msisdn}</dd>
            </>
          ) : (
            <>
              <dt>{t('finance.order.bank')}</dt>
              <dd>{payee.bankName}</dd>
              <dt>{t('finance.order.accountNumber')}</dt>
              <dd data-payee="">{payee.accountNumber}</dd>
              <dt>{t('finance.order.accountName')}</dt>
              <dd>{payee.accountName}</dd>
            </>
          )}
          <dt>{t('finance.order.reference')}</dt>
          <dd className="amount" data-reference="">
            {o.reference}
          </dd>
        </dl>
        <p className="muted">
          {t('finance.order.status', {
            status: t(`finance.trancheStatuses.${o.trancheStatus}`, { defaultValue: o.trancheStatus }),
          })}
        </p>
        {o.trancheStatus === 'disbursed' && (
          <p className="notice" role="status" data-paid="">
            {t('finance.confirm.done')}
          </p>
        )}
        {o.payment?.paidAt && o.payment.providerReference && (
          <p>
            {t('finance.order.paid', {
              date: formatDate(o.payment.paidAt, lang),
              reference: o.payment.providerReference,
            })}
          </p>
        )}
      </article>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('finance.order.print')}
        </button>
      </p>
      <div aria-live="polite" className="no-print">
        {moved && (
          <p className="problem" role="alert" data-moved="">
            {t('finance.moved')}
          </p>
        )}
      </div>
      {confirmable && <ConfirmPayment order={o} onMoved={setMoved} />}
      {tranche.data && (
        <PaymentTrouble
          order={o}
          tranche={tranche.data}
          roles={me.data?.roles ?? []}
          me={me.data?.id}
          trancheStatus={o.trancheStatus}
          onMoved={setMoved}
        />
      )}
    </>
  );
}

/**
 * A payment in flight changes with nobody here acting: the provider answers, or finance is alerted that it has no
 * outcome. The page follows it (every 15 s, only then) instead of waiting for a reload.
 */
const whileInFlight = (status: string | undefined) => (status === 'disbursing' ? 15_000 : false);

/** Whatever happened, this page and the queues no longer show the tranche as it is. */
function refreshAfterAction(queryClient: QueryClient, o: Order) {
  void queryClient.invalidateQueries({ queryKey: ['payment-order', o.grantId, o.trancheNumber] });
  void queryClient.invalidateQueries({ queryKey: ['grant-tranches', o.grantId] });
  void queryClient.invalidateQueries({ queryKey: ['tranche-queue'] });
}

/** Day typed in a date input → the instant sent: noon UTC keeps it that day in every timezone here. */
const noonOf = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T12:00:00.000Z` : day);
/** Blank stays undefined so that the API names the missing field; spaces between thousands are dropped. */
const moneyOf = (typed: string) => (typed.trim() === '' ? undefined : Number(typed.replace(/\s/g, '')));

/**
 * A payment without outcome (finance was alerted) or a failed one: the reason, and the path the API offers — a
 * finance approver who did not request the release records what the provider confirmed; after a failure the maker
 * starts a new attempt (a new request that another person approves).
 */
function PaymentTrouble({
  order: o,
  tranche,
  roles,
  me,
  trancheStatus,
  onMoved,
}: {
  order: Order;
  tranche: Tranche;
  roles: readonly string[];
  me?: string;
  trancheStatus: string;
  onMoved: (moved: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const stuck = trancheStatus === 'disbursing' && tranche.payment?.stuckSince ? tranche.payment : null;
  const failed = trancheStatus === 'failed';
  if (!stuck && !failed) return null;
  const checker = roles.includes('finance_approver');
  const ownRequest = !!me && tranche.requestedBy === me;
  return (
    <section className="no-print" aria-labelledby="trouble-heading" data-trouble={failed ? 'failed' : 'stuck'}>
      <h2 id="trouble-heading">{t(failed ? 'finance.trouble.failedTitle' : 'finance.trouble.stuckTitle')}</h2>
      {stuck && (
        <div className="problem" data-stuck-reason="">
          <p>{t('finance.stuck', { date: formatDate(stuck.stuckSince!, lang), answer: stuck.lastAnswer ?? '—' })}</p>
          <p>{t('finance.trouble.checks', { count: stuck.checks })}</p>
        </div>
      )}
      {failed && (
        <p className="problem" data-failure-reason="">
          {t('finance.failure', { reason: tranche.failureReason ?? '—' })}
        </p>
      )}
      {stuck && checker && !ownRequest && <ResolvePayment order={o} onMoved={onMoved} />}
      {stuck && checker && ownRequest && <p className="notice">{t('finance.trouble.ownRequest')}</p>}
      {stuck && !checker && <p className="hint">{t('finance.stuckHint')}</p>}
      {failed && roles.includes('finance_officer') && <RetryPayment order={o} onMoved={onMoved} />}
      {failed && !roles.includes('finance_officer') && <p className="hint">{t('finance.trouble.retryHint')}</p>}
    </section>
  );
}

const PAYMENT_FIELDS = ['reference', 'paidAt', 'amount'] as const;
const RESOLVE_FIELDS = ['outcome', ...PAYMENT_FIELDS, 'reason', 'note'] as const;

/** The outcome the provider confirmed out of band, with how it was checked; the API checks amount and reference. */
function ResolvePayment({ order: o, onMoved: setMoved }: { order: Order; onMoved: (moved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<'paid' | 'failed' | ''>('');
  const [entry, setEntry] = useState(blankEntry);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const problem = useProblem(RESOLVE_FIELDS);
  const resolve = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/tranches/{n}/resolve-payment', {
          params: { path: { id: o.grantId, n: o.trancheNumber } },
          // Only what the chosen outcome takes: the API says which of those is missing, next to its field.
          body:
            outcome === 'paid'
              ? {
                  outcome,
                  reference: entry.reference.trim() || undefined,
                  paidAt: entry.paidAt ? noonOf(entry.paidAt) : undefined,
                  amount: moneyOf(entry.amount),
                  note,
                }
              : { outcome: outcome as 'failed', reason: reason.trim() || undefined, note },
        }),
      ),
    onMutate: () => {
      problem.clear();
      setMoved(false);
    },
    // Another approver recorded it first, or the provider answered meanwhile: the page reloads below.
    onError: paymentRefusal(problem, setMoved),
    onSettled: () => refreshAfterAction(queryClient, o),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    resolve.mutate();
  };
  const outcomeError = problem.fieldError('outcome');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="resolve-heading">
      <h3 id="resolve-heading">{t('finance.resolve.title')}</h3>
      <p className="hint">{t('finance.resolve.hint')}</p>
      <fieldset className="choice">
        <legend>{t('finance.resolve.outcome')}</legend>
        {(['paid', 'failed'] as const).map((x) => (
          <label key={x}>
            <input type="radio" name="outcome" value={x} checked={outcome === x} onChange={() => setOutcome(x)} />
            {t(`finance.resolve.outcomes.${x}`)}
          </label>
        ))}
        {outcomeError && <p className="field-error">{outcomeError}</p>}
      </fieldset>
      {outcome === 'paid' && (
        <PaymentFields
          order={o}
          entry={entry}
          onChange={setEntry}
          problem={problem}
          referenceLabel={t('finance.resolve.reference')}
        />
      )}
      {outcome === 'failed' && (
        <TextAreaField
          label={t('finance.resolve.reason')}
          name="reason"
          value={reason}
          onChange={setReason}
          maxLength={500}
          hint={t('finance.resolve.reasonHint')}
          error={problem.fieldError('reason')}
        />
      )}
      <TextAreaField
        label={t('finance.resolve.note')}
        name="note"
        value={note}
        onChange={setNote}
        maxLength={2000}
        hint={t('finance.resolve.noteHint')}
        error={problem.fieldError('note')}
      />
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={resolve.isPending}>
        {t('finance.resolve.submit')}
      </button>
    </form>
  );
}

/** After a failure, the maker asks again; another person approves the new attempt (a new order and reference). */
function RetryPayment({ order: o, onMoved: setMoved }: { order: Order; onMoved: (moved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problem = useProblem([]);
  const retry = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/tranches/{n}/retry', {
          params: { path: { id: o.grantId, n: o.trancheNumber } },
          body: {},
        }),
      ),
    onMutate: () => {
      problem.clear();
      setMoved(false);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.problem.status === 409) setMoved(true);
      else problem.show(error);
    },
    onSettled: () => refreshAfterAction(queryClient, o),
  });
  return (
    <div>
      <p className="hint">{t('finance.trouble.retryHint')}</p>
      <FormProblem message={problem.formError} />
      <button type="button" disabled={retry.isPending} onClick={() => retry.mutate()} data-action="retry">
        {t('finance.actions.retry')}
      </button>
    </div>
  );
}

/** These refusals carry no field, yet are about the amount or the reference: shown next to that input. */
function onField(error: ApiError, field: string) {
  return new ApiError({
    ...error.problem,
    errors: [{ field, code: error.problem.code, message: error.problem.detail ?? '' }],
    detail: undefined,
    title: undefined,
  });
}

/**
 * A refusal of a recorded payment: the amount and reference refusals carry no field, so they go next to those
 * inputs; a 409 means the tranche moved meanwhile (the page says so and reloads); anything else above the button.
 */
function paymentRefusal(problem: ReturnType<typeof useProblem>, setMoved: (moved: boolean) => void) {
  return (error: Error) => {
    if (!(error instanceof ApiError)) return problem.show(error);
    const field = FIELD_OF[error.problem.code];
    if (field && !error.problem.errors?.length) return problem.show(onField(error, field));
    if (error.problem.status === 409) setMoved(true);
    else problem.show(error);
  };
}

/** What the bank or provider's receipt says, as typed: the day defaults to today. */
type PaymentEntry = { reference: string; paidAt: string; amount: string };
const blankEntry = (): PaymentEntry => ({ reference: '', paidAt: new Date().toISOString().slice(0, 10), amount: '' });

/** Reference, date and amount of a payment, each with its own error; the expected amount is the hint. */
function PaymentFields({
  order: o,
  entry,
  onChange,
  problem,
  referenceLabel,
}: {
  order: Order;
  entry: PaymentEntry;
  onChange: (entry: PaymentEntry) => void;
  problem: ReturnType<typeof useProblem>;
  referenceLabel: string;
}) {
  const { t, i18n } = useTranslation();
  const set = (key: keyof PaymentEntry) => (e: { target: { value: string } }) =>
    onChange({ ...entry, [key]: e.target.value });
  return (
    <>
      <Field
        label={referenceLabel}
        name="reference"
        value={entry.reference}
        onChange={set('reference')}
        autoComplete="off"
        error={problem.fieldError('reference')}
      />
      <Field
        label={t('finance.confirm.paidAt')}
        name="paidAt"
        type="date"
        value={entry.paidAt}
        onChange={set('paidAt')}
        error={problem.fieldError('paidAt')}
      />
      <Field
        label={t('finance.confirm.amount')}
        name="amount"
        inputMode="numeric"
        value={entry.amount}
        onChange={set('amount')}
        hint={t('finance.confirm.amountHint', { amount: formatMoney(o.amount, o.currency, i18n.language) })}
        error={problem.fieldError('amount')}
      />
    </>
  );
}

/** Reference, date and amount as the bank or provider gave them; the API checks the amount and the reference. */
function ConfirmPayment({ order: o, onMoved: setMoved }: { order: Order; onMoved: (moved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [entry, setEntry] = useState(blankEntry);
  const problem = useProblem(PAYMENT_FIELDS);
  const confirm = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/tranches/{n}/confirm-payment', {
          params: { path: { id: o.grantId, n: o.trancheNumber } },
          body: {
            reference: entry.reference.trim(),
            // A day is what the receipt says.
            paidAt: noonOf(entry.paidAt),
            amount: moneyOf(entry.amount) ?? Number.NaN,
          },
        }),
      ),
    onMutate: () => {
      problem.clear();
      setMoved(false);
    },
    onError: paymentRefusal(problem, setMoved),
    onSettled: () => refreshAfterAction(queryClient, o),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="confirm-heading" className="no-print">
      <h2 id="confirm-heading">{t('finance.confirm.title')}</h2>
      <p className="hint">{t('finance.confirm.hint')}</p>
      <PaymentFields
        order={o}
        entry={entry}
        onChange={setEntry}
        problem={problem}
        referenceLabel={t('finance.confirm.reference')}
      />
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={confirm.isPending}>
        {t('finance.confirm.submit')}
      </button>
    </form>
  );
}
