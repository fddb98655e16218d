import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { REGION_KEYS } from '../../../../../libs/domain/src/regions';
import { api, call, type Schemas } from '../../api/client';
import { Field, useProblem } from '../../components/form';
import { LoadError, Loading } from '../../components/status';
import { formatMoney, parseDuration, regionName } from '../../format';
import { DEFAULT_ROUND_DURATIONS, ROUND_DURATION_KEYS } from '../../../../../libs/domain/src/durations';
import { BackToManage, Done, Problem, TextArea, useQueueAction } from './shared';

type Round = Schemas['RoundDto'];
type Criterion = { key: string; fr: string; en: string; weight: string; maxScore: string };

const FIELDS = [
  'name',
  'description',
  'budgetEnvelope',
  'maxAward',
  'eligibleRegions',
  'opensAt',
  'closesAt',
  'tranchePlan',
  'rubric',
  'reviewersPerProposal',
  'approvalThreshold',
  'durations',
  'reviewerIds',
  'reason',
];

/** Whole days are typed as a number; a compressed demo duration ("20 seconds") is kept as the API wrote it. */
const durationText = (value: string) => {
  const parsed = parseDuration(value);
  return parsed?.unit === 'day' ? String(parsed.count) : value;
};
const durationValue = (text: string) => (/^\d+$/.test(text.trim()) ? `${text.trim()} days` : text.trim());
const digits = (text: string) => Number(text.replace(/[\s\u202f\u00a0.]/g, ''));

/** Creates a call (`/manage/rounds/new`) or edits one: what may still change follows the round's dates. */
export default function RoundEdit() {
  const { id } = useParams();
  const round = useQuery({
    queryKey: ['round', id],
    queryFn: () => call(api.GET('/api/v1/rounds/{id}', { params: { path: { id: id! } } })),
    enabled: !!id && id !== 'new',
  });
  const reviewers = useQuery({
    queryKey: ['manage', 'reviewers'],
    queryFn: () =>
      call(api.GET('/api/v1/users', { params: { query: { role: 'reviewer', active: 'true', limit: 100 } } })),
  });
  if (id && id !== 'new' && round.isPending) return <Loading />;
  if (round.isError) return <LoadError error={round.error} retry={() => void round.refetch()} />;
  if (reviewers.isPending) return <Loading />;
  if (reviewers.isError) return <LoadError error={reviewers.error} retry={() => void reviewers.refetch()} />;
  const existing = id && id !== 'new' ? round.data : undefined;
  return <RoundForm key={existing?.id ?? 'new'} round={existing} reviewers={reviewers.data.items} />;
}

function RoundForm({ round, reviewers }: { round?: Round; reviewers: Schemas['UserDto'][] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const problem = useProblem(FIELDS);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const initial = {
    nameFr: round?.name.fr ?? '',
    nameEn: round?.name.en ?? '',
    descriptionFr: round?.description?.fr ?? '',
    descriptionEn: round?.description?.en ?? '',
    budgetEnvelope: round ? String(round.budgetEnvelope) : '',
    maxAward: round ? String(round.maxAward) : '',
    regions: round?.eligibleRegions ?? [...REGION_KEYS],
    opensAt: round?.opensAt.slice(0, 10) ?? '',
    closesAt: round?.closesAt.slice(0, 10) ?? '',
    tranchePlan: (round?.tranchePlan ?? [40, 40, 20]).join(', '),
    rubric: (
      round?.rubric ?? [
        { key: 'relevance', label: { fr: 'Pertinence', en: 'Relevance' }, weight: 40, maxScore: 5 },
        { key: 'feasibility', label: { fr: 'Faisabilité', en: 'Feasibility' }, weight: 35, maxScore: 5 },
        {
          key: 'inclusion',
          label: { fr: 'Inclusion des femmes et des jeunes', en: 'Inclusion of women and youth' },
          weight: 25,
          maxScore: 5,
        },
      ]
    ).map((c) => ({
      key: c.key,
      fr: c.label.fr,
      en: c.label.en,
      weight: String(c.weight),
      maxScore: String(c.maxScore),
    })),
    reviewersPerProposal: String(round?.reviewersPerProposal ?? 3),
    approvalThreshold: String(round?.approvalThreshold ?? 60),
    durations: Object.fromEntries(
      ROUND_DURATION_KEYS.map((k) => [
        k,
        durationText((round?.durations as Record<string, string> | undefined)?.[k] ?? DEFAULT_ROUND_DURATIONS[k]),
      ]),
    ),
    panel: round?.reviewerIds ?? [],
  };
  const [form, setForm] = useState(initial);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const open = round?.status === 'open';
  const closed = round?.status === 'closed';
  const planLocked = open || closed;

  const changed = (key: keyof typeof form) => JSON.stringify(form[key]) !== JSON.stringify(initial[key]);
  const opensIso = (d: string) => `${d}T00:00:00.000Z`;
  const closesIso = (d: string) => `${d}T23:59:59.000Z`;

  function body(): Record<string, unknown> {
    const all: Record<string, unknown> = {
      name: { fr: form.nameFr, en: form.nameEn },
      ...(form.descriptionFr || form.descriptionEn
        ? { description: { fr: form.descriptionFr, en: form.descriptionEn } }
        : {}),
      budgetEnvelope: digits(form.budgetEnvelope),
      maxAward: digits(form.maxAward),
      eligibleRegions: form.regions,
      opensAt: form.opensAt ? opensIso(form.opensAt) : '',
      closesAt: form.closesAt ? closesIso(form.closesAt) : '',
      tranchePlan: form.tranchePlan
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map(Number),
      rubric: form.rubric.map((c) => ({
        key: c.key.trim(),
        label: { fr: c.fr, en: c.en },
        weight: Number(c.weight),
        maxScore: Number(c.maxScore),
      })),
      reviewersPerProposal: Number(form.reviewersPerProposal),
      approvalThreshold: Number(form.approvalThreshold),
      durations: Object.fromEntries(ROUND_DURATION_KEYS.map((k) => [k, durationValue(form.durations[k])])),
    };
    if (!round) return all;
    // An edit sends only what changed, so an open round is not refused for fields nobody touched.
    const map: Record<string, (keyof typeof form)[]> = {
      name: ['nameFr', 'nameEn'],
      description: ['descriptionFr', 'descriptionEn'],
      budgetEnvelope: ['budgetEnvelope'],
      maxAward: ['maxAward'],
      eligibleRegions: ['regions'],
      opensAt: ['opensAt'],
      closesAt: ['closesAt'],
      tranchePlan: ['tranchePlan'],
      rubric: ['rubric'],
      reviewersPerProposal: ['reviewersPerProposal'],
      approvalThreshold: ['approvalThreshold'],
    };
    const out = Object.fromEntries(
      Object.entries(map)
        .filter(([, keys]) => keys.some(changed))
        .map(([field]) => [field, all[field]]),
    );
    const durations = ROUND_DURATION_KEYS.filter((k) => form.durations[k] !== initial.durations[k]);
    if (durations.length)
      out.durations = Object.fromEntries(durations.map((k) => [k, durationValue(form.durations[k])]));
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    problem.clear();
    setSaved(false);
    setSaving(true);
    try {
      const saved = round
        ? await call(api.PATCH('/api/v1/rounds/{id}', { params: { path: { id: round.id } }, body: body() as never }))
        : await call(api.POST('/api/v1/rounds', { body: body() as never }));
      if (!round || changed('panel')) {
        await call(
          api.PUT('/api/v1/rounds/{id}/panel', {
            params: { path: { id: saved.id } },
            body: { reviewerIds: form.panel },
          }),
        );
      }
      await queryClient.invalidateQueries({ queryKey: ['manage', 'rounds'] });
      await queryClient.invalidateQueries({ queryKey: ['round', saved.id] });
      setSaved(true);
      if (!round) void navigate(`/manage/rounds/${saved.id}`, { replace: true });
    } catch (error) {
      problem.show(error);
    } finally {
      setSaving(false);
    }
  }

  const criterion = (i: number, key: keyof Criterion, value: string) =>
    set(
      'rubric',
      form.rubric.map((c, j) => (j === i ? { ...c, [key]: value } : c)),
    );
  return (
    <>
      <BackToManage />
      <h1>{round ? t('manage.round.editTitle') : t('manage.round.newTitle')}</h1>
      {open && <p className="notice">{t('manage.round.lockedNotice')}</p>}
      {closed && <p className="notice">{t('manage.round.closedNotice')}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('manage.round.nameFr')}
          name="name"
          value={form.nameFr}
          onChange={(e) => set('nameFr', e.target.value)}
          error={problem.fieldError('name')}
        />
        <Field
          label={t('manage.round.nameEn')}
          name="nameEn"
          value={form.nameEn}
          onChange={(e) => set('nameEn', e.target.value)}
        />
        <TextArea
          label={t('manage.round.descriptionFr')}
          name="description"
          value={form.descriptionFr}
          onChange={(v) => set('descriptionFr', v)}
          error={problem.fieldError('description')}
        />
        <TextArea
          label={t('manage.round.descriptionEn')}
          name="descriptionEn"
          value={form.descriptionEn}
          onChange={(v) => set('descriptionEn', v)}
        />
        <div className="row">
          <Field
            label={t('manage.round.budgetEnvelope')}
            name="budgetEnvelope"
            inputMode="numeric"
            value={form.budgetEnvelope}
            onChange={(e) => set('budgetEnvelope', e.target.value)}
            hint={
              round
                ? t('manage.round.budgetHint', { reserved: formatMoney(round.reservedAmount, round.currency, lang) })
                : undefined
            }
            error={problem.fieldError('budgetEnvelope')}
          />
          <Field
            label={t('manage.round.maxAward')}
            name="maxAward"
            inputMode="numeric"
            disabled={planLocked}
            value={form.maxAward}
            onChange={(e) => set('maxAward', e.target.value)}
            error={problem.fieldError('maxAward')}
          />
        </div>
        <fieldset className="choice" disabled={planLocked}>
          <legend>{t('manage.round.regions')}</legend>
          {REGION_KEYS.map((key) => (
            <label key={key}>
              <input
                type="checkbox"
                name="eligibleRegions"
                checked={form.regions.includes(key)}
                onChange={(e) =>
                  set('regions', e.target.checked ? [...form.regions, key] : form.regions.filter((r) => r !== key))
                }
              />
              {regionName(key, lang)}
            </label>
          ))}
          {problem.fieldError('eligibleRegions') && (
            <p className="field-error">{problem.fieldError('eligibleRegions')}</p>
          )}
        </fieldset>
        <div className="row">
          <Field
            label={t('manage.round.opensAt')}
            name="opensAt"
            type="date"
            disabled={planLocked}
            value={form.opensAt}
            onChange={(e) => set('opensAt', e.target.value)}
            error={problem.fieldError('opensAt')}
          />
          <Field
            label={t('manage.round.closesAt')}
            name="closesAt"
            type="date"
            disabled={closed}
            value={form.closesAt}
            onChange={(e) => set('closesAt', e.target.value)}
            error={problem.fieldError('closesAt')}
          />
        </div>
        <Field
          label={t('manage.round.tranchePlan')}
          name="tranchePlan"
          hint={t('manage.round.tranchePlanHint')}
          disabled={planLocked}
          value={form.tranchePlan}
          onChange={(e) => set('tranchePlan', e.target.value)}
          error={problem.fieldError('tranchePlan')}
        />

        <fieldset disabled={planLocked}>
          <legend>{t('manage.round.rubric')}</legend>
          <p className="hint">{t('manage.round.rubricHint')}</p>
          {form.rubric.map((c, i) => (
            <div key={i} className="line" data-criterion={i}>
              <h3>{t('manage.round.criterion', { n: i + 1 })}</h3>
              <div className="row">
                <Field
                  label={t('manage.round.criterionKey')}
                  name={`rubric[${i}].key`}
                  value={c.key}
                  onChange={(e) => criterion(i, 'key', e.target.value)}
                />
                <Field
                  label={t('manage.round.weight')}
                  name={`rubric[${i}].weight`}
                  inputMode="numeric"
                  value={c.weight}
                  onChange={(e) => criterion(i, 'weight', e.target.value)}
                />
              </div>
              <Field
                label={t('manage.round.criterionFr')}
                name={`rubric[${i}].fr`}
                value={c.fr}
                onChange={(e) => criterion(i, 'fr', e.target.value)}
              />
              <Field
                label={t('manage.round.criterionEn')}
                name={`rubric[${i}].en`}
                value={c.en}
                onChange={(e) => criterion(i, 'en', e.target.value)}
              />
              <Field
                label={t('manage.round.maxScore')}
                name={`rubric[${i}].maxScore`}
                inputMode="numeric"
                value={c.maxScore}
                onChange={(e) => criterion(i, 'maxScore', e.target.value)}
              />
              {form.rubric.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    set(
                      'rubric',
                      form.rubric.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('manage.round.removeCriterion', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          {problem.fieldError('rubric') && <p className="field-error">{problem.fieldError('rubric')}</p>}
          <button
            type="button"
            className="secondary"
            onClick={() => set('rubric', [...form.rubric, { key: '', fr: '', en: '', weight: '', maxScore: '5' }])}
          >
            {t('manage.round.addCriterion')}
          </button>
        </fieldset>

        <div className="row">
          <Field
            label={t('manage.round.reviewersPerProposal')}
            name="reviewersPerProposal"
            inputMode="numeric"
            disabled={planLocked}
            value={form.reviewersPerProposal}
            onChange={(e) => set('reviewersPerProposal', e.target.value)}
            error={problem.fieldError('reviewersPerProposal')}
          />
          <Field
            label={t('manage.round.approvalThreshold')}
            name="approvalThreshold"
            inputMode="numeric"
            disabled={planLocked}
            value={form.approvalThreshold}
            onChange={(e) => set('approvalThreshold', e.target.value)}
            error={problem.fieldError('approvalThreshold')}
          />
        </div>

        <fieldset disabled={planLocked}>
          <legend>{t('manage.round.durations')}</legend>
          <div className="row">
            {ROUND_DURATION_KEYS.map((k) => (
              <Field
                key={k}
                label={t(`manage.round.durationNames.${k}`)}
                name={`durations.${k}`}
                value={form.durations[k]}
                onChange={(e) => set('durations', { ...form.durations, [k]: e.target.value })}
              />
            ))}
          </div>
          {problem.fieldError('durations') && <p className="field-error">{problem.fieldError('durations')}</p>}
        </fieldset>

        <fieldset className="choice">
          <legend>{t('manage.round.panel')}</legend>
          <p className="hint">{t('manage.round.panelHint')}</p>
          {reviewers.length === 0 && <p className="empty">{t('manage.round.noReviewers')}</p>}
          {reviewers.map((r) => (
            <label key={r.id}>
              <input
                type="checkbox"
                name="reviewerIds"
                value={r.id}
                checked={form.panel.includes(r.id)}
                onChange={(e) =>
                  set('panel', e.target.checked ? [...form.panel, r.id] : form.panel.filter((x) => x !== r.id))
                }
              />
              {r.displayName}
            </label>
          ))}
          {problem.fieldError('reviewerIds') && <p className="field-error">{problem.fieldError('reviewerIds')}</p>}
        </fieldset>
        <Problem problem={problem} />
        {saved && (
          <p className="notice" role="status">
            {t('manage.round.saved')}
          </p>
        )}
        <button type="submit" disabled={saving}>
          {round ? t('manage.round.save') : t('manage.round.create')}
        </button>
      </form>
      {open && round && <CloseRound round={round} />}
    </>
  );
}

function CloseRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const problem = useProblem(['reason']);
  const action = useQueueAction([
    ['round', round.id],
    ['manage', 'rounds'],
  ]);
  return (
    <section aria-labelledby="close-title" className="notice">
      <h2 id="close-title">{t('manage.round.closeTitle')}</h2>
      <p>{t('manage.round.closeHint')}</p>
      <TextArea
        label={t('manage.round.closeReason')}
        name="closeReason"
        value={reason}
        onChange={setReason}
        error={problem.fieldError('reason')}
      />
      <Problem problem={problem} />
      <Done message={action.done} />
      <button
        type="button"
        className="danger"
        disabled={action.busy}
        onClick={() =>
          void action.run(
            () =>
              call(
                api.POST('/api/v1/rounds/{id}/close', {
                  params: { path: { id: round.id } },
                  body: { reason: reason.trim() },
                }),
              ),
            problem,
            t('manage.rounds.statuses.closed'),
          )
        }
      >
        {t('manage.round.closeConfirm')}
      </button>
    </section>
  );
}
