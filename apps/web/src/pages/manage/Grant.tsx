import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Field, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';
import { grantQuery } from '../Grant';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

type Grant = Schemas['GrantDto'];

/** A grant as the programme manager runs it: where it stands, and suspend / resume / terminate / close. */
export default function ManagedGrant() {
  const { id = '' } = useParams();
  const grant = useQuery(grantQuery(id));
  if (grant.isPending) return <Loading />;
  if (grant.isError) return <LoadError error={grant.error} retry={() => void grant.refetch()} />;
  return <GrantView grant={grant.data} />;
}

function GrantView({ grant: g }: { grant: Grant }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const money = (n: number) => formatMoney(n, g.currency, lang);
  const proposal = useQuery({
    queryKey: ['proposal', g.proposalId],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id: g.proposalId } } })),
  });
  const organization = useQuery({
    queryKey: ['organization', g.organizationId],
    queryFn: () => call(api.GET('/api/v1/organizations/{id}', { params: { path: { id: g.organizationId } } })),
  });
  return (
    <>
      <BackToManage />
      <h1>{proposal.data?.title ?? t('manage.grant.title')}</h1>
      <p className="badge" data-grant-status={g.status}>
        {t(`grant.statuses.${g.status}`, { defaultValue: g.status })}
      </p>
      <dl className="facts">
        <dt>{t('manage.grant.organization')}</dt>
        <dd>
          {organization.data?.name ?? '…'}
          {organization.data?.phone && (
            <>
              {' '}
              — <a href={`tel:${organization.data.phone}`}>{organization.data.phone}</a>
            </>
          )}
        </dd>
        <dt>{t('manage.grant.amount')}</dt>
        <dd className="amount">{money(g.amount)}</dd>
        <dt>{t('manage.grant.disbursed')}</dt>
        <dd>{money(g.disbursedAmount)}</dd>
      </dl>
      {g.atRisk && <p className="problem">{t('manage.grant.atRisk', { reason: g.atRiskReason ?? '' })}</p>}
      {g.statusReason && <p className="muted">{g.statusReason}</p>}

      <h2>{t('manage.grant.tranches')}</h2>
      <ul className="plain-list">
        {g.tranches.map((tr) => (
          <li key={tr.number} data-tranche={tr.number} data-status={tr.status}>
            {t('manage.grant.tranche', { n: tr.number, amount: money(tr.amount) })} —{' '}
            {t(`grant.trancheStatuses.${tr.status}`, { defaultValue: tr.status })}
          </li>
        ))}
      </ul>
      <h2>{t('manage.grant.reports')}</h2>
      <ul className="plain-list">
        {g.reports.map((r) => (
          <li key={r.id} data-report={r.sequence} data-status={r.status}>
            {r.kind === 'final' ? t('grant.finalReport') : t('grant.reportLine', { sequence: r.sequence })}
            {r.dueDate && ` — ${formatDate(r.dueDate, lang)}`} —{' '}
            {t(`grant.reportStatuses.${r.status}`, { defaultValue: r.status })}
          </li>
        ))}
      </ul>
      <Actions grant={g} />
    </>
  );
}

function Actions({ grant: g }: { grant: Grant }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [unspent, setUnspent] = useState('0');
  const [reference, setReference] = useState('');
  const problem = useProblem(['reason', 'unspentAmount', 'reference', 'note']);
  const action = useQueueAction([['grant', g.id]]);
  const path = { path: { id: g.id } };
  const done = (updated: Grant) =>
    t('manage.grant.done', { status: t(`grant.statuses.${updated.status}`, { defaultValue: updated.status }) });
  const act = (run: () => Promise<Grant>) => action.run(run, problem, done);
  const body = { reason: reason.trim() };
  if (!['active', 'suspended', 'closing'].includes(g.status)) return null;
  return (
    <section aria-labelledby="grant-actions">
      <h2 id="grant-actions">{t('manage.grant.actions')}</h2>
      <TextArea
        label={t('manage.grant.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        error={problem.fieldError('reason')}
      />
      <div className="actions">
        {g.status === 'active' && (
          <button
            type="button"
            className="secondary"
            disabled={action.busy}
            onClick={() => void act(() => call(api.POST('/api/v1/grants/{id}/suspend', { params: path, body })))}
          >
            {t('manage.grant.suspend')}
          </button>
        )}
        {g.status === 'suspended' && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() => void act(() => call(api.POST('/api/v1/grants/{id}/resume', { params: path, body })))}
          >
            {t('manage.grant.resume')}
          </button>
        )}
        <button
          type="button"
          className="danger"
          disabled={action.busy}
          onClick={() => void act(() => call(api.POST('/api/v1/grants/{id}/terminate', { params: path, body })))}
        >
          {t('manage.grant.terminate')}
        </button>
      </div>
      <p className="hint">{t('manage.grant.terminateHint')}</p>
      <div className="row">
        <Field
          label={t('manage.grant.unspent')}
          name="unspentAmount"
          inputMode="numeric"
          value={unspent}
          onChange={(e) => setUnspent(e.target.value)}
          error={problem.fieldError('unspentAmount')}
        />
        <Field
          label={t('manage.grant.reference')}
          name="reference"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={problem.fieldError('reference')}
        />
      </div>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void act(() =>
            call(
              api.POST('/api/v1/grants/{id}/close', {
                params: path,
                body: {
                  unspentAmount: Number(unspent.replace(/\s/g, '')),
                  ...(reference.trim() ? { reference: reference.trim() } : {}),
                  ...(reason.trim() ? { note: reason.trim() } : {}),
                },
              }),
            ),
          )
        }
      >
        {t('manage.grant.close')}
      </button>
      <Problem problem={problem} />
      <Done message={action.done} />
    </section>
  );
}
