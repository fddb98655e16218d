import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { Field, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { grantCommandAllowed, type GrantCommandKind } from '../../../../../libs/domain/src/grant-lifecycle';
import { formatDate, formatMoney } from '../../format';
import { grantQuery } from '../Grant';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

type Grant = Schemas['GrantDto'];

/** A grant as the programme manager runs it: where it stands, and suspend / resume / terminate / close (confirmed). */
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
      {g.atRisk && <p className="problem">{t('manage.grant.atRisk')}</p>}
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
      <Actions grant={g} title={proposal.data?.title ?? undefined} />
    </>
  );
}

/** What cannot be undone (terminate, close) asks once more, saying what will happen, before it is sent. */
type Pending = 'terminate' | 'close' | null;

function Actions({ grant: g, title }: { grant: Grant; title?: string }) {
  const { t, i18n } = useTranslation();
  const money = (n: number) => formatMoney(n, g.currency, i18n.language);
  const [reason, setReason] = useState('');
  const [unspent, setUnspent] = useState('0');
  const [reference, setReference] = useState('');
  const [pending, setPending] = useState<Pending>(null);
  const problem = useProblem(['reason', 'unspentAmount', 'reference', 'note']);
  const action = useQueueAction([['grant', g.id]]);
  const path = { path: { id: g.id } };
  const done = (updated: Grant) =>
    t('manage.grant.done', { status: t(`grant.statuses.${updated.status}`, { defaultValue: updated.status }) });
  const act = async (run: () => Promise<Grant>) => {
    await action.run(run, problem, done);
    setPending(null);
  };
  // A refusal of the last attempt no longer applies once the person corrects it and asks again.
  const ask = (what: Pending) => {
    problem.clear();
    setPending(what);
  };
  const body = { reason: reason.trim() };
  const may = (command: GrantCommandKind) => grantCommandAllowed(command, g.status);
  // What termination gives back to the envelope: every tranche not paid.
  const unpaid = g.tranches.filter((tr) => tr.status !== 'disbursed').reduce((sum, tr) => sum + tr.amount, 0);
  const unspentAmount = Number(unspent.replace(/\s/g, ''));
  if (!may('suspend') && !may('resume') && !may('terminate') && !may('close')) return <Done message={action.done} />;
  return (
    <section aria-labelledby="grant-actions">
      <h2 id="grant-actions">{t('manage.grant.actions')}</h2>
      <TextArea
        label={t(may('close') ? 'manage.grant.closeNote' : 'manage.grant.reason')}
        name="reason"
        value={reason}
        onChange={setReason}
        error={problem.fieldError('reason') ?? problem.fieldError('note')}
      />
      {may('close') && (
        <div className="row">
          <Field
            label={t('manage.grant.unspent')}
            name="unspentAmount"
            inputMode="numeric"
            value={unspent}
            onChange={(e) => setUnspent(e.target.value)}
            hint={t('manage.grant.unspentHint', { amount: money(g.disbursedAmount) })}
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
      )}
      <div className="actions">
        {may('suspend') && (
          <button
            type="button"
            className="secondary"
            disabled={action.busy}
            onClick={() => void act(() => call(api.POST('/api/v1/grants/{id}/suspend', { params: path, body })))}
          >
            {t('manage.grant.suspend')}
          </button>
        )}
        {may('resume') && (
          <button
            type="button"
            disabled={action.busy}
            onClick={() => void act(() => call(api.POST('/api/v1/grants/{id}/resume', { params: path, body })))}
          >
            {t('manage.grant.resume')}
          </button>
        )}
        {may('terminate') && (
          <button
            type="button"
            className="danger"
            disabled={action.busy || pending !== null}
            onClick={() => ask('terminate')}
          >
            {t('manage.grant.terminate')}
          </button>
        )}
        {may('close') && (
          <button type="button" disabled={action.busy || pending !== null} onClick={() => ask('close')}>
            {t('manage.grant.close')}
          </button>
        )}
      </div>
      {may('terminate') && <p className="hint">{t('manage.grant.terminateHint')}</p>}
      {pending && (
        <div className="notice" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
          <h3 id="confirm-title">
            {t(pending === 'terminate' ? 'manage.grant.confirmTerminateTitle' : 'manage.grant.confirmCloseTitle', {
              title: title ?? t('manage.grant.title'),
            })}
          </h3>
          <p id="confirm-text">
            {pending === 'terminate'
              ? t('manage.grant.confirmTerminate', { amount: money(unpaid) })
              : t('manage.grant.confirmClose', {
                  amount: Number.isFinite(unspentAmount) ? money(unspentAmount) : unspent,
                })}
          </p>
          <div className="actions">
            <button
              type="button"
              className={pending === 'terminate' ? 'danger' : undefined}
              disabled={action.busy}
              data-confirm={pending}
              onClick={() =>
                void act(() =>
                  pending === 'terminate'
                    ? call(api.POST('/api/v1/grants/{id}/terminate', { params: path, body }))
                    : call(
                        api.POST('/api/v1/grants/{id}/close', {
                          params: path,
                          body: {
                            unspentAmount,
                            ...(reference.trim() ? { reference: reference.trim() } : {}),
                            ...(reason.trim() ? { note: reason.trim() } : {}),
                          },
                        }),
                      ),
                )
              }
            >
              {t(pending === 'terminate' ? 'manage.grant.confirmTerminateButton' : 'manage.grant.confirmCloseButton')}
            </button>
            <button type="button" className="secondary" disabled={action.busy} onClick={() => setPending(null)}>
              {t('manage.grant.cancel')}
            </button>
          </div>
        </div>
      )}
      <Problem problem={problem} />
      <Done message={action.done} />
    </section>
  );
}
