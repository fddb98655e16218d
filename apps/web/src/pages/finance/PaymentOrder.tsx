import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../../api/client';
import { useMe } from '../../auth/hooks';
import { Field, FormProblem, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';

type Order = Schemas['PaymentOrderDto'];
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
  const me = useMe();

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
      {confirmable && <ConfirmPayment order={o} />}
    </>
  );
}

/** Reference, date and amount as the bank or provider gave them; the API checks the amount and the reference. */
function ConfirmPayment({ order: o }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [reference, setReference] = useState('');
  const [paidAt, setPaidAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [amount, setAmount] = useState('');
  const [moved, setMoved] = useState(false);
  const problem = useProblem(['reference', 'paidAt', 'amount']);
  const confirm = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/tranches/{n}/confirm-payment', {
          params: { path: { id: o.grantId, n: o.trancheNumber } },
          body: {
            reference: reference.trim(),
            // A day is what the receipt says; noon UTC keeps it that day in every timezone here.
            paidAt: /^\d{4}-\d{2}-\d{2}$/.test(paidAt) ? `${paidAt}T12:00:00.000Z` : paidAt,
            amount: amount.trim() === '' ? Number.NaN : Number(amount.replace(/\s/g, '')),
          },
        }),
      ),
    onMutate: () => {
      problem.clear();
      setMoved(false);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return problem.show(error);
      // These two refusals carry no field: they are about the amount and the reference, so they go next to them.
      const field = FIELD_OF[error.problem.code];
      if (field && !error.problem.errors?.length) {
        return problem.show(
          new ApiError({
            ...error.problem,
            errors: [{ field, code: error.problem.code, message: error.problem.detail ?? '' }],
            detail: undefined,
            title: undefined,
          }),
        );
      }
      if (error.problem.status === 409) setMoved(true);
      else problem.show(error);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['payment-order', o.grantId, o.trancheNumber] });
      void queryClient.invalidateQueries({ queryKey: ['tranche-queue'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="confirm-heading" className="no-print">
      <h2 id="confirm-heading">{t('finance.confirm.title')}</h2>
      <p className="hint">{t('finance.confirm.hint')}</p>
      {moved && (
        <p className="problem" role="alert">
          {t('finance.moved')}
        </p>
      )}
      <Field
        label={t('finance.confirm.reference')}
        name="reference"
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        autoComplete="off"
        error={problem.fieldError('reference')}
      />
      <Field
        label={t('finance.confirm.paidAt')}
        name="paidAt"
        type="date"
        value={paidAt}
        onChange={(e) => setPaidAt(e.target.value)}
        error={problem.fieldError('paidAt')}
      />
      <Field
        label={t('finance.confirm.amount')}
        name="amount"
        inputMode="numeric"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        hint={t('finance.confirm.amountHint', { amount: formatMoney(o.amount, o.currency, i18n.language) })}
        error={problem.fieldError('amount')}
      />
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={confirm.isPending}>
        {t('finance.confirm.submit')}
      </button>
    </form>
  );
}
