import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatDate, formatMoney } from '../../format';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

type Item = Schemas['ReportQueueItemDto'];

export const reportQueueQuery = () => ({
  queryKey: ['manage', 'reports'],
  queryFn: () => call(api.GET('/api/v1/reports', { params: { query: { limit: 100 } } })),
});

/** The report queue: submitted reports to accept or send back, then overdue ones with the number to call. */
export default function Reports() {
  const { t } = useTranslation();
  const queue = useQuery(reportQueueQuery());
  return (
    <>
      <BackToManage />
      <h1>{t('manage.reports.title')}</h1>
      <p className="muted">{t('manage.reports.intro')}</p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <LoadError error={queue.error} retry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <p className="empty">{t('manage.reports.empty')}</p>
      ) : (
        <ul className="cards">
          {queue.data.items.map((r) => (
            <ReportItem key={r.id} report={r} />
          ))}
        </ul>
      )}
    </>
  );
}

function ReportItem({ report: r }: { report: Item }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const problem = useProblem(['comment']);
  const action = useQueueAction([
    ['manage', 'reports'],
    ['manage', 'counts'],
    ['grant', r.grant.id],
  ]);
  const path = { id: r.grant.id, rid: r.id };
  const accept = () =>
    action.run(
      () => call(api.POST('/api/v1/grants/{id}/reports/{rid}/accept', { params: { path }, body: {} })),
      problem,
      t('manage.reports.accepted'),
    );
  const requestChanges = () =>
    action.run(
      () =>
        call(
          api.POST('/api/v1/grants/{id}/reports/{rid}/request-changes', {
            params: { path },
            body: { comment: comment.trim() },
          }),
        ),
      problem,
      t('manage.reports.returned'),
    );
  return (
    <li className="card" data-report={r.id} data-status={r.status}>
      <h2>{r.grant.title}</h2>
      <p>{r.organization.name}</p>
      <p>
        <strong>
          {r.kind === 'final' ? t('manage.reports.final') : t('manage.reports.line', { sequence: r.sequence })}
        </strong>{' '}
        <span className={`badge${r.status === 'overdue' ? ' badge-refused' : ' badge-upcoming'}`}>
          {t(`manage.reports.statuses.${r.status}`, { defaultValue: r.status })}
        </span>
      </p>
      {r.period.start && r.period.end && (
        <p>
          {t('manage.reports.period', { start: formatDate(r.period.start, lang), end: formatDate(r.period.end, lang) })}
        </p>
      )}
      <p data-days-waiting={r.daysWaiting}>{t('manage.reports.waiting', { count: r.daysWaiting })}</p>
      {r.gatesTranche && <p className="muted">{t('manage.reports.gates', { n: r.gatesTranche })}</p>}
      {r.organization.phone && (
        <p>
          <a href={`tel:${r.organization.phone}`}>{t('manage.reports.call', { phone: r.organization.phone })}</a>
        </p>
      )}
      <p>
        <Link to={`/manage/grants/${r.grant.id}`}>{t('manage.reports.grant')}</Link>
      </p>
      {r.status === 'submitted' && (
        <>
          <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {t('manage.reports.read')}
          </button>
          {open && <ReportContent grantId={r.grant.id} reportId={r.id} />}
          <TextArea
            label={t('manage.reports.comment')}
            name="comment"
            value={comment}
            onChange={setComment}
            error={problem.fieldError('comment')}
          />
          <Problem problem={problem} />
          <Done message={action.done} />
          <div className="actions">
            <button type="button" disabled={action.busy} onClick={() => void accept()}>
              {t('manage.reports.accept')}
            </button>
            <button type="button" className="secondary" disabled={action.busy} onClick={() => void requestChanges()}>
              {t('manage.reports.requestChanges')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function ReportContent({ grantId, reportId }: { grantId: string; reportId: string }) {
  const { t, i18n } = useTranslation();
  const report = useQuery({
    queryKey: ['report', reportId],
    queryFn: () =>
      call(api.GET('/api/v1/grants/{id}/reports/{rid}', { params: { path: { id: grantId, rid: reportId } } })),
  });
  if (report.isPending) return <Loading />;
  if (report.isError) return <LoadError error={report.error} retry={() => void report.refetch()} />;
  const r = report.data;
  return (
    <div className="plain" data-report-content="">
      <h3>{t('manage.reports.narrative')}</h3>
      <p>{r.narrative}</p>
      {r.beneficiaries && <p>{t('manage.reports.reached', { ...r.beneficiaries })}</p>}
      <p>{t('manage.reports.spent', { amount: formatMoney(r.expenditureTotal, 'GNF', i18n.language) })}</p>
    </div>
  );
}
