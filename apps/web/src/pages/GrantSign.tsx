import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call, type Schemas } from '../api/client';
import { Field, FormProblem, SelectField, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { compactPhone, formatDate } from '../format';
import { grantQuery, payoutText } from './Grant';

type Method = 'mobile_money' | 'bank_transfer';
/**
 * The API takes any provider key (a slug) and checks the number; these are the mobile-money services of Guinea
 * the portal offers. The keys match the API's examples (`orange_money`).
 */
const PROVIDERS = ['orange_money', 'mtn_momo'] as const;
const FIELDS = [
  'payoutAccount.method',
  'payoutAccount.provider',
  'payoutAccount.msisdn',
  'payoutAccount.bankName',
  'payoutAccount.accountNumber',
  'payoutAccount.accountName',
];

/** The group signs its agreement and says where the money goes: mobile money or a bank account. */
export default function GrantSign() {
  const { id = '' } = useParams();
  const grant = useQuery(grantQuery(id));
  if (grant.isPending) return <Loading />;
  if (grant.isError) return <LoadError error={grant.error} retry={() => void grant.refetch()} />;
  return <SignForm grant={grant.data} />;
}

function SignForm({ grant: g }: { grant: Schemas['GrantDto'] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<Method>('mobile_money');
  const [form, setForm] = useState({
    provider: 'orange_money',
    msisdn: '',
    bankName: '',
    accountNumber: '',
    accountName: '',
  });
  const problem = useProblem(FIELDS);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const sign = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/grants/{id}/agreement/sign', {
          params: { path: { id: g.id } },
          body: {
            payoutAccount:
              method === 'mobile_money'
                ? { method, provider: form.provider, msisdn: compactPhone(form.msisdn) }
                : {
                    method,
                    bankName: form.bankName.trim(),
                    accountNumber: form.accountNumber.trim(),
                    accountName: form.accountName.trim(),
                  },
          },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (signed) => {
      queryClient.setQueryData(['grant', g.id], signed);
      void queryClient.invalidateQueries({ queryKey: ['grants'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    sign.mutate();
  };
  const back = (
    <p>
      <Link to={`/grants/${g.id}`}>{t('grant.open')}</Link>
    </p>
  );

  if (g.status !== 'awaiting_agreement') {
    return (
      <>
        <h1>{t('grant.sign.title')}</h1>
        {g.agreementSignedAt && (
          <p>{t('grant.agreementSigned', { date: formatDate(g.agreementSignedAt, i18n.language) })}</p>
        )}
        <p className="notice" role="status" data-signed="">
          {t('grant.sign.signed', { account: payoutText(g, t) ?? '' })}
        </p>
        <Link className="button" to={`/grants/${g.id}`}>
          {t('grant.open')}
        </Link>
      </>
    );
  }
  return (
    <>
      {back}
      <h1>{t('grant.sign.title')}</h1>
      <p>{t('grant.sign.intro')}</p>
      {g.agreementDeadline && (
        <p>{t('grant.agreementDeadline', { date: formatDate(g.agreementDeadline, i18n.language) })}</p>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset className="choice">
          <legend>{t('grant.sign.method')}</legend>
          {(['mobile_money', 'bank_transfer'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />{' '}
              {t(`grant.sign.${m}`)}
            </label>
          ))}
        </fieldset>
        {method === 'mobile_money' ? (
          <>
            <SelectField
              label={t('grant.sign.provider')}
              name="provider"
              value={form.provider}
              onChange={set('provider')}
              error={problem.fieldError('payoutAccount.provider')}
            >
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {t(`grant.sign.providers.${p}`)}
                </option>
              ))}
            </SelectField>
            <Field
              label={t('grant.sign.msisdn')}
              hint={t('grant.sign.msisdnHint')}
              name="msisdn"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              value={form.msisdn}
              onChange={set('msisdn')}
              error={problem.fieldError('payoutAccount.msisdn')}
              required
            />
          </>
        ) : (
          <>
            <Field
              label={t('grant.sign.bankName')}
              name="bankName"
              value={form.bankName}
              onChange={set('bankName')}
              error={problem.fieldError('payoutAccount.bankName')}
              required
            />
            <Field
              label={t('grant.sign.accountNumber')}
              name="accountNumber"
              inputMode="numeric"
              value={form.accountNumber}
              onChange={set('accountNumber')}
              error={problem.fieldError('payoutAccount.accountNumber')}
              required
            />
            <Field
              label={t('grant.sign.accountName')}
              name="accountName"
              autoComplete="name"
              value={form.accountName}
              onChange={set('accountName')}
              error={problem.fieldError('payoutAccount.accountName')}
              required
            />
          </>
        )}
        <FormProblem message={problem.formError} />
        <button type="submit" disabled={sign.isPending}>
          {t('grant.sign.submit')}
        </button>
      </form>
    </>
  );
}
