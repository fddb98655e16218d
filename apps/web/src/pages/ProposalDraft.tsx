import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../api/client';
import { deviceCopy, lostConnection, useKeptOnDevice, useSendWhenOnline } from '../device-copy';
import { Field, FormProblem, SelectField, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { communeKey, formatDate, formatMoney, regionName } from '../format';
import { REGION_KEYS } from '../../../../libs/domain/src/regions';
import { CURRENCY_MINOR_UNITS, lineTotal, sumAmounts } from '../../../../libs/domain/src/money';

interface Line {
  category: string;
  description: string;
  quantity: string;
  unitCost: string;
}

/** What people type ("1 500 000") → an integer in the currency's minor unit, or null. */
function amountFrom(text: string, currency: string): number | null {
  const digits = text.replace(/[\s\u202f\u00a0.]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(digits)) return null;
  const scale = 10 ** (CURRENCY_MINOR_UNITS[currency as keyof typeof CURRENCY_MINOR_UNITS] ?? 0);
  return Math.round(Number(digits) * scale);
}
const amountText = (amount: number | null | undefined, currency: string) =>
  amount == null
    ? ''
    : String(amount / 10 ** (CURRENCY_MINOR_UNITS[currency as keyof typeof CURRENCY_MINOR_UNITS] ?? 0));

const CATEGORIES = ['equipment', 'activities', 'training', 'personnel', 'transport', 'communication', 'other'] as const;

export default function ProposalDraft() {
  const { id = '' } = useParams();
  const proposal = useQuery({
    queryKey: ['proposal', id],
    queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
  });
  if (proposal.isPending) return <Loading />;
  if (proposal.isError) return <LoadError error={proposal.error} retry={() => void proposal.refetch()} />;
  return <DraftForm proposal={proposal.data} />;
}

interface Milestone {
  title: string;
  dueDate: string;
  deliverable: string;
}

interface Indicator {
  /** Kept from the API for a saved indicator (reports refer to it); made from the label for a new one. */
  key: string;
  label: string;
  target: string;
}

/** The API's indicator keys: `^[a-z0-9]+([-_][a-z0-9]+)*$`, at most 80 characters, unique in the proposal. */
function indicatorKeys(indicators: Indicator[]): string[] {
  const used = new Set<string>();
  return indicators.map((indicator, i) => {
    const base = indicator.key || communeKey(indicator.label).slice(0, 72).replace(/-+$/, '') || `indicator-${i + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  });
}

/** "1 200" → 1200; anything else but blank is sent as typed, for the API to name what is wrong next to the field. */
function targetFrom(text: string): number | undefined {
  const compact = text.replace(/[\s\u202f\u00a0]/g, '');
  if (!compact) return undefined;
  return /^\d+$/.test(compact) ? Number(compact) : (compact as unknown as number);
}

const DETAILS = [
  'problemStatement',
  'region',
  'commune',
  'neighbourhood',
  'startDate',
  'endDate',
  'total',
  'women',
  'youth',
] as const;
type Details = Record<(typeof DETAILS)[number], string>;

interface Typed {
  title: string;
  summary: string;
  requested: string;
  lines: Line[];
  details?: Details;
  milestones?: Milestone[];
  indicators?: Indicator[];
}

const count = (text: string): number | undefined => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** Where a field error of the API points in this page (`budgetLines[1].total` → that budget line). */
function anchorOf(field: string): string | undefined {
  const item = /^(budgetLines|milestones|indicators)\[(\d+)\]/.exec(field);
  if (item) return `field-${item[1]}-${item[2]}`;
  const top = field.split(/[.[]/)[0];
  return top in FIELD_LABELS ? `field-${top}` : undefined;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'draft.title',
  summary: 'draft.summary',
  problemStatement: 'draft.problemStatement',
  region: 'organization.region',
  commune: 'organization.commune',
  neighbourhood: 'draft.neighbourhood',
  startDate: 'draft.startDate',
  endDate: 'draft.endDate',
  beneficiaries: 'draft.beneficiaries',
  budgetLines: 'draft.budget',
  milestones: 'draft.milestones',
  indicators: 'draft.indicators',
  requestedAmount: 'draft.requestedAmount',
};
const ITEM_LABELS: Record<string, string> = {
  budgetLines: 'draft.line',
  milestones: 'draft.milestone',
  indicators: 'draft.indicator',
};

/** Takes the person to the field: its input (the first one of a group), scrolled into view. */
function goTo(anchor: string) {
  const element = document.getElementById(anchor);
  if (!element) return;
  const target = element.matches('input, select, textarea')
    ? element
    : (element.querySelector<HTMLElement>('input, select, textarea') ?? element);
  target.scrollIntoView({ block: 'center' });
  target.focus();
}

/** The draft as typed, on the device until a save succeeds. */
const localCopy = deviceCopy<Typed>('csf.draft');

function DraftForm({ proposal }: { proposal: Schemas['ProposalDto'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const currency = proposal.currency;
  const [restored] = useState(() => localCopy.read(proposal.id));
  const [title, setTitle] = useState(restored?.title ?? proposal.title ?? '');
  const [summary, setSummary] = useState(restored?.summary ?? proposal.summary ?? '');
  const [requested, setRequested] = useState(restored?.requested ?? amountText(proposal.requestedAmount, currency));
  const [lines, setLines] = useState<Line[]>(
    restored?.lines ??
      proposal.budgetLines.map((l) => ({
        category: l.category,
        description: l.description,
        quantity: String(l.quantity),
        unitCost: amountText(l.unitCost, currency),
      })),
  );
  const [details, setDetails] = useState<Details>(
    restored?.details ?? {
      problemStatement: proposal.problemStatement ?? '',
      region: proposal.region ?? '',
      commune: proposal.commune ?? '',
      neighbourhood: proposal.neighbourhood ?? '',
      startDate: proposal.startDate ?? '',
      endDate: proposal.endDate ?? '',
      total: proposal.beneficiaries ? String(proposal.beneficiaries.total) : '',
      women: proposal.beneficiaries ? String(proposal.beneficiaries.women) : '',
      youth: proposal.beneficiaries ? String(proposal.beneficiaries.youth) : '',
    },
  );
  const [milestones, setMilestones] = useState<Milestone[]>(
    restored?.milestones ??
      proposal.milestones.map((m) => ({ title: m.title, dueDate: m.dueDate, deliverable: m.deliverable })),
  );
  const [indicators, setIndicators] = useState<Indicator[]>(
    restored?.indicators ?? proposal.indicators.map((i) => ({ key: i.key, label: i.label, target: String(i.target) })),
  );
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(restored !== null);
  const [waitingForNetwork, setWaitingForNetwork] = useState(false);
  const editable = proposal.status === 'draft' || proposal.status === 'revision_requested';
  const problem = useProblem([
    ...lines.map((_, i) => `budgetLines[${i}]`),
    'budgetLines',
    ...milestones.map((_, i) => `milestones[${i}]`),
    'milestones',
    // The person never sees a key: its errors (a duplicate) belong next to the label it was made from.
    ...indicators.flatMap((_, i) => [
      `indicators[${i}].label`,
      `indicators[${i}].key`,
      `indicators[${i}].target`,
      `indicators[${i}]`,
    ]),
    'indicators',
    'title',
    'summary',
    'requestedAmount',
    'beneficiaries',
    ...DETAILS,
  ]);
  // The answer of « Vérifiez vos réponses »: stale as soon as anything is edited.
  const [checked, setChecked] = useState<Schemas['EligibilityDto'] | null>(null);
  useKeptOnDevice(localCopy, proposal.id, { title, summary, requested, lines, details, milestones, indicators }, () => {
    setSaved(false);
    setDirty(true);
    setChecked(null);
  });

  const totals = lines.map((l) => {
    const quantity = Number(l.quantity);
    const unitCost = amountFrom(l.unitCost, currency);
    return Number.isSafeInteger(quantity) && quantity > 0 && unitCost !== null ? lineTotal(quantity, unitCost) : null;
  });
  const budgetTotal = totals.every((x) => x !== null) ? sumAmounts(totals as number[]) : null;
  const requestedAmount = amountFrom(requested, currency);
  const mismatch =
    lines.length > 0 && budgetTotal !== null && requestedAmount !== null && budgetTotal !== requestedAmount;

  const text = (value: string) => value.trim() || undefined;
  const beneficiaries = [details.total, details.women, details.youth].some((v) => v.trim())
    ? { total: count(details.total) ?? -1, women: count(details.women) ?? -1, youth: count(details.youth) ?? -1 }
    : undefined;
  const body = (): Schemas['UpdateProposalDto'] => ({
    problemStatement: text(details.problemStatement),
    region: (text(details.region) as Schemas['UpdateProposalDto']['region']) ?? undefined,
    commune: details.commune.trim() ? communeKey(details.commune) : undefined,
    neighbourhood: text(details.neighbourhood),
    startDate: text(details.startDate),
    endDate: text(details.endDate),
    beneficiaries,
    milestones: milestones.map((m) => ({
      title: m.title.trim(),
      dueDate: m.dueDate,
      deliverable: m.deliverable.trim(),
    })),
    indicators: indicatorKeys(indicators).map((key, i) => ({
      key,
      label: indicators[i].label.trim(),
      target: targetFrom(indicators[i].target)!,
    })),
    title: title.trim() || undefined,
    summary: summary.trim() || undefined,
    requestedAmount: requestedAmount ?? undefined,
    budgetLines: lines.map((l, i) => ({
      category: l.category,
      description: l.description.trim(),
      quantity: Number(l.quantity),
      unitCost: amountFrom(l.unitCost, currency) ?? -1,
      total: totals[i] ?? -1,
    })),
  });
  const save = useMutation({
    mutationFn: (sent: Schemas['UpdateProposalDto']) =>
      call(api.PATCH('/api/v1/proposals/{id}', { params: { path: { id: proposal.id } }, body: sent })),
    onMutate: () => problem.clear(),
    onError: (error) => {
      problem.show(error);
      // Sent again by itself when the connection comes back.
      setWaitingForNetwork(lostConnection(error));
    },
    onSuccess: (updated, sent) => {
      queryClient.setQueryData(['proposal', proposal.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
      setWaitingForNetwork(false);
      // Typing during the request is newer than what was sent: keep it for the next save.
      if (JSON.stringify(sent) === JSON.stringify(body())) {
        localCopy.drop(proposal.id);
        setDirty(false);
        setSaved(true);
      }
    },
  });
  useSendWhenOnline(waitingForNetwork, () => save.mutate(body()));
  const setLine = (index: number, field: keyof Line) => (e: { target: { value: string } }) =>
    setLines(lines.map((l, i) => (i === index ? { ...l, [field]: e.target.value } : l)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(body());
  };
  const setDetail = (name: (typeof DETAILS)[number]) => (e: { target: { value: string } }) =>
    setDetails({ ...details, [name]: e.target.value });
  const setMilestone = (index: number, field: keyof Milestone) => (e: { target: { value: string } }) =>
    setMilestones(milestones.map((m, i) => (i === index ? { ...m, [field]: e.target.value } : m)));
  const setIndicator = (index: number, field: 'label' | 'target') => (e: { target: { value: string } }) =>
    setIndicators(indicators.map((x, i) => (i === index ? { ...x, [field]: e.target.value } : x)));
  // Saved first, so that what the API checks is what is on the screen. The API's answer is the submit's own
  // refusal: its field errors land on the fields, and the check step lists them with links.
  const check = useMutation({
    mutationFn: async () => {
      await save.mutateAsync(body());
      return call(api.GET('/api/v1/proposals/{id}/eligibility', { params: { path: { id: proposal.id } } }));
    },
    onMutate: () => {
      problem.clear();
      setChecked(null);
    },
    onError: (error) => problem.show(error),
    onSuccess: (answer) => {
      setChecked(answer);
      if (!answer.eligible) {
        problem.show(
          new ApiError({
            status: answer.status ?? 422,
            code: answer.code ?? 'UNKNOWN',
            title: answer.title ?? undefined,
            detail: answer.detail ?? undefined,
            errors: answer.errors,
          }),
        );
      }
      requestAnimationFrame(() => document.getElementById('check-heading')?.focus());
    },
  });
  const fieldLabel = (field: string): string => {
    const item = /^(budgetLines|milestones|indicators)\[(\d+)\]/.exec(field);
    if (item) return t(ITEM_LABELS[item[1]], { n: Number(item[2]) + 1 });
    const top = field.split(/[.[]/)[0];
    return FIELD_LABELS[top] ? t(FIELD_LABELS[top], { currency }) : top;
  };
  const send = useMutation({
    mutationFn: async () => {
      await save.mutateAsync(body());
      return call(api.POST('/api/v1/proposals/{id}/submit', { params: { path: { id: proposal.id } } }));
    },
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (submitted) => {
      setChecked(null);
      localCopy.drop(proposal.id);
      queryClient.setQueryData(['proposal', proposal.id], submitted);
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <p>
        <Link to="/proposals">← {t('proposals.title')}</Link>
      </p>
      <h1>{title || t('proposals.untitled')}</h1>
      <p className="badge">{t(`proposals.statuses.${proposal.status}`, { defaultValue: proposal.status })}</p>
      <fieldset disabled={!editable} className="plain">
        <Field
          label={t('draft.title')}
          id="field-title"
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={problem.fieldError('title')}
        />
        <Field
          label={t('draft.summary')}
          id="field-summary"
          name="summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          error={problem.fieldError('summary')}
        />

        <Field
          label={t('draft.problemStatement')}
          id="field-problemStatement"
          name="problemStatement"
          value={details.problemStatement}
          onChange={setDetail('problemStatement')}
          error={problem.fieldError('problemStatement')}
        />
        <SelectField
          label={t('organization.region')}
          id="field-region"
          name="region"
          value={details.region}
          onChange={setDetail('region')}
          error={problem.fieldError('region')}
        >
          <option value="">{t('organization.choose')}</option>
          {REGION_KEYS.map((key) => (
            <option key={key} value={key}>
              {regionName(key, lang)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('organization.commune')}
          hint={t('organization.communeHint')}
          id="field-commune"
          name="commune"
          value={details.commune}
          onChange={setDetail('commune')}
          error={problem.fieldError('commune')}
        />
        <Field
          label={t('draft.neighbourhood')}
          id="field-neighbourhood"
          name="neighbourhood"
          value={details.neighbourhood}
          onChange={setDetail('neighbourhood')}
          error={problem.fieldError('neighbourhood')}
        />
        <div className="row">
          <Field
            label={t('draft.startDate')}
            id="field-startDate"
            name="startDate"
            type="date"
            value={details.startDate}
            onChange={setDetail('startDate')}
            error={problem.fieldError('startDate')}
          />
          <Field
            label={t('draft.endDate')}
            id="field-endDate"
            name="endDate"
            type="date"
            value={details.endDate}
            onChange={setDetail('endDate')}
            error={problem.fieldError('endDate')}
          />
        </div>

        <fieldset className="line" id="field-beneficiaries">
          <legend>{t('draft.beneficiaries')}</legend>
          <Field
            label={t('draft.total')}
            name="total"
            inputMode="numeric"
            value={details.total}
            onChange={setDetail('total')}
          />
          <div className="row">
            <Field
              label={t('draft.women')}
              name="women"
              inputMode="numeric"
              value={details.women}
              onChange={setDetail('women')}
            />
            <Field
              label={t('draft.youth')}
              name="youth"
              inputMode="numeric"
              value={details.youth}
              onChange={setDetail('youth')}
            />
          </div>
          {problem.fieldError('beneficiaries') && <p className="field-error">{problem.fieldError('beneficiaries')}</p>}
        </fieldset>

        <h2 id="field-milestones" tabIndex={-1}>
          {t('draft.milestones')}
        </h2>
        {milestones.map((m, i) => (
          <fieldset key={i} className="line" id={`field-milestones-${i}`}>
            <legend>{t('draft.milestone', { n: i + 1 })}</legend>
            <Field
              label={t('draft.milestoneTitle')}
              name={`milestone-${i}-title`}
              value={m.title}
              onChange={setMilestone(i, 'title')}
            />
            <Field
              label={t('draft.dueDate')}
              name={`milestone-${i}-dueDate`}
              type="date"
              value={m.dueDate}
              onChange={setMilestone(i, 'dueDate')}
            />
            <Field
              label={t('draft.deliverable')}
              name={`milestone-${i}-deliverable`}
              value={m.deliverable}
              onChange={setMilestone(i, 'deliverable')}
            />
            {problem.fieldError(`milestones[${i}]`) && (
              <p className="field-error">{problem.fieldError(`milestones[${i}]`)}</p>
            )}
            <button type="button" className="link" onClick={() => setMilestones(milestones.filter((_, j) => j !== i))}>
              {t('draft.removeMilestone', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => setMilestones([...milestones, { title: '', dueDate: '', deliverable: '' }])}
          >
            {t('draft.addMilestone')}
          </button>
        </p>
        {problem.fieldError('milestones') && <p className="field-error">{problem.fieldError('milestones')}</p>}

        <h2 id="field-indicators" tabIndex={-1}>
          {t('draft.indicators')}
        </h2>
        <p className="hint">{t('draft.indicatorsHint')}</p>
        {indicators.map((indicator, i) => (
          <fieldset key={i} className="line" data-indicator={i} id={`field-indicators-${i}`}>
            <legend>{t('draft.indicator', { n: i + 1 })}</legend>
            <Field
              label={t('draft.indicatorLabel')}
              hint={t('draft.indicatorLabelHint')}
              name={`indicator-${i}-label`}
              value={indicator.label}
              onChange={setIndicator(i, 'label')}
              error={problem.fieldError(`indicators[${i}].label`) ?? problem.fieldError(`indicators[${i}].key`)}
            />
            <Field
              label={t('draft.indicatorTarget')}
              name={`indicator-${i}-target`}
              inputMode="numeric"
              value={indicator.target}
              onChange={setIndicator(i, 'target')}
              error={problem.fieldError(`indicators[${i}].target`)}
            />
            {problem.fieldError(`indicators[${i}]`) && (
              <p className="field-error">{problem.fieldError(`indicators[${i}]`)}</p>
            )}
            <button type="button" className="link" onClick={() => setIndicators(indicators.filter((_, j) => j !== i))}>
              {t('draft.removeIndicator', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => setIndicators([...indicators, { key: '', label: '', target: '' }])}
          >
            {t('draft.addIndicator')}
          </button>
        </p>
        {problem.fieldError('indicators') && <p className="field-error">{problem.fieldError('indicators')}</p>}

        <h2 id="field-budgetLines" tabIndex={-1}>
          {t('draft.budget')}
        </h2>
        {lines.map((line, i) => (
          <fieldset key={i} className="line" data-budget-line={i} id={`field-budgetLines-${i}`}>
            <legend>{t('draft.line', { n: i + 1 })}</legend>
            <div className="field">
              <label htmlFor={`line-${i}-category`}>{t('draft.category')}</label>
              <select id={`line-${i}-category`} value={line.category} onChange={setLine(i, 'category')}>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`draft.categories.${c}`)}
                  </option>
                ))}
              </select>
            </div>
            <Field
              label={t('draft.description')}
              name={`line-${i}-description`}
              value={line.description}
              onChange={setLine(i, 'description')}
            />
            <div className="row">
              <Field
                label={t('draft.quantity')}
                name={`line-${i}-quantity`}
                inputMode="numeric"
                value={line.quantity}
                onChange={setLine(i, 'quantity')}
              />
              <Field
                label={t('draft.unitCost', { currency })}
                name={`line-${i}-unitCost`}
                inputMode="numeric"
                value={line.unitCost}
                onChange={setLine(i, 'unitCost')}
              />
            </div>
            <p className="amount" data-line-total={i}>
              {t('draft.lineTotal', { amount: totals[i] === null ? '—' : formatMoney(totals[i]!, currency, lang) })}
            </p>
            {problem.fieldError(`budgetLines[${i}]`) && (
              <p className="field-error">{problem.fieldError(`budgetLines[${i}]`)}</p>
            )}
            <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
              {t('draft.removeLine', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setLines([...lines, { category: 'equipment', description: '', quantity: '1', unitCost: '' }])
            }
          >
            {t('draft.addLine')}
          </button>
        </p>
        {problem.fieldError('budgetLines') && <p className="field-error">{problem.fieldError('budgetLines')}</p>}
        <p className="amount" data-budget-total="">
          {t('draft.budgetTotal', { amount: budgetTotal === null ? '—' : formatMoney(budgetTotal, currency, lang) })}
        </p>

        <Field
          label={t('draft.requestedAmount', { currency })}
          id="field-requestedAmount"
          name="requestedAmount"
          inputMode="numeric"
          value={requested}
          onChange={(e) => setRequested(e.target.value)}
          error={problem.fieldError('requestedAmount')}
        />
        <div aria-live="polite">
          {mismatch && (
            <p className="problem" data-mismatch="">
              {t('draft.mismatch', {
                total: formatMoney(budgetTotal!, currency, lang),
                requested: formatMoney(requestedAmount!, currency, lang),
              })}{' '}
              <button type="button" className="link" onClick={() => setRequested(amountText(budgetTotal, currency))}>
                {t('draft.useTotal')}
              </button>
            </p>
          )}
        </div>
        <FormProblem message={problem.formError} />
        <div aria-live="polite">
          {send.isSuccess && <p className="notice">{t('draft.submitted')}</p>}
          {saved && <p className="notice">{t('draft.saved')}</p>}
          {/* Offline, react-query holds the save and sends it when the browser is back online. */}
          {save.isPaused && <p className="notice">{t('draft.offline')}</p>}
          {dirty && !saved && restored && !save.isPending && !problem.problem && (
            <p className="notice">{t('draft.restored')}</p>
          )}
        </div>
        {checked && !send.isSuccess && (
          <section
            aria-labelledby="check-heading"
            className="check"
            data-check={checked.eligible ? 'ready' : 'problems'}
          >
            <h2 id="check-heading" tabIndex={-1}>
              {t('draft.check.heading')}
            </h2>
            {checked.eligible ? (
              <>
                <p>{t('draft.check.ready')}</p>
                <dl className="facts">
                  <dt>{t('draft.title')}</dt>
                  <dd>{title}</dd>
                  <dt>{t('reviews.amount')}</dt>
                  <dd className="amount">{requestedAmount !== null && formatMoney(requestedAmount, currency, lang)}</dd>
                  <dt>{t('reviews.dates')}</dt>
                  <dd>
                    {t('reviews.period', {
                      from: formatDate(details.startDate, lang),
                      to: formatDate(details.endDate, lang),
                    })}
                  </dd>
                  <dt>{t('reviews.beneficiaries')}</dt>
                  <dd>{t('reviews.people', { total: details.total, women: details.women, youth: details.youth })}</dd>
                </dl>
                <button type="button" disabled={send.isPending} onClick={() => send.mutate()}>
                  {t('draft.check.confirm')}
                </button>
              </>
            ) : (
              <>
                {checked.detail && <p className="problem">{checked.detail}</p>}
                {checked.errors.length > 0 && (
                  <>
                    <p>{t('draft.check.problems')}</p>
                    <ul className="plain-list" data-check-problems="">
                      {checked.errors.map((error, i) => {
                        const anchor = anchorOf(error.field);
                        const label = fieldLabel(error.field);
                        return (
                          <li key={i}>
                            {anchor ? (
                              <a
                                href={`#${anchor}`}
                                onClick={(e) => {
                                  e.preventDefault();
                                  goTo(anchor);
                                }}
                              >
                                {label}
                              </a>
                            ) : (
                              label
                            )}{' '}
                            : {error.message}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
              </>
            )}
          </section>
        )}
        <div className="actions">
          <button type="submit" className="secondary" disabled={save.isPending || check.isPending || send.isPending}>
            {t('draft.save')}
          </button>
          <button
            type="button"
            disabled={save.isPending || check.isPending || send.isPending || !editable}
            onClick={() => check.mutate()}
          >
            {t('draft.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
