import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError, call, type Schemas } from '../api/client';
import { Field, FormProblem, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { formatMoney } from '../format';
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
  amount == null ? '' : String(amount / 10 ** (CURRENCY_MINOR_UNITS[currency as keyof typeof CURRENCY_MINOR_UNITS] ?? 0));

const CATEGORIES = ['equipment', 'activities', 'training', 'personnel', 'transport', 'communication', 'other'] as const;

export default function ProposalDraft() {
  const { id = '' } = useParams();
  const proposal = useQuery({ queryKey: ['proposal', id], queryFn: () => call(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })) });
  if (proposal.isPending) return <Loading />;
  if (proposal.isError) return <LoadError error={proposal.error} retry={() => void proposal.refetch()} />;
  return <DraftForm proposal={proposal.data} />;
}

interface Typed {
  title: string;
  summary: string;
  requested: string;
  lines: Line[];
}

/**
 * What was typed stays on the device until the API has it: closing the page, a reload or a lost connection
 * loses nothing. Removed once a save succeeds.
 */
const localCopy = {
  key: (id: string) => `csf.draft.${id}`,
  read(id: string): Typed | null {
    try {
      return JSON.parse(localStorage.getItem(this.key(id)) ?? 'null') as Typed | null;
    } catch {
      return null;
    }
  },
  write(id: string, typed: Typed) {
    try {
      localStorage.setItem(this.key(id), JSON.stringify(typed));
    } catch {}
  },
  drop(id: string) {
    localStorage.removeItem(this.key(id));
  },
};

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
      proposal.budgetLines.map((l) => ({ category: l.category, description: l.description, quantity: String(l.quantity), unitCost: amountText(l.unitCost, currency) })),
  );
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(restored !== null);
  const [waitingForNetwork, setWaitingForNetwork] = useState(false);
  const editable = proposal.status === 'draft' || proposal.status === 'revision_requested';
  const problem = useProblem([...lines.map((_, i) => `budgetLines[${i}]`), 'budgetLines', 'title', 'summary', 'requestedAmount']);
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (first) return setFirst(false);
    setSaved(false);
    setDirty(true);
    localCopy.write(proposal.id, { title, summary, requested, lines });
  }, [title, summary, requested, lines]);

  const totals = lines.map((l) => {
    const quantity = Number(l.quantity);
    const unitCost = amountFrom(l.unitCost, currency);
    return Number.isSafeInteger(quantity) && quantity > 0 && unitCost !== null ? lineTotal(quantity, unitCost) : null;
  });
  const budgetTotal = totals.every((x) => x !== null) ? sumAmounts(totals as number[]) : null;
  const requestedAmount = amountFrom(requested, currency);
  const mismatch = lines.length > 0 && budgetTotal !== null && requestedAmount !== null && budgetTotal !== requestedAmount;

  const body = (): Schemas['UpdateProposalDto'] => ({
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
    mutationFn: (sent: Schemas['UpdateProposalDto']) => call(api.PATCH('/api/v1/proposals/{id}', { params: { path: { id: proposal.id } }, body: sent })),
    onMutate: () => problem.clear(),
    onError: (error) => {
      problem.show(error);
      // Sent again by itself when the connection comes back.
      setWaitingForNetwork(error instanceof ApiError && error.problem.code === 'NETWORK');
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
  useEffect(() => {
    if (!waitingForNetwork) return;
    const retry = () => save.mutate(body());
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  });
  const setLine = (index: number, field: keyof Line) => (e: { target: { value: string } }) =>
    setLines(lines.map((l, i) => (i === index ? { ...l, [field]: e.target.value } : l)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(body());
  };

  return (
    <form onSubmit={submit} noValidate>
      <p><Link to="/proposals">← {t('proposals.title')}</Link></p>
      <h1>{title || t('proposals.untitled')}</h1>
      <p className="badge">{t(`proposals.statuses.${proposal.status}`, { defaultValue: proposal.status })}</p>
      <fieldset disabled={!editable} className="plain">
        <Field label={t('draft.title')} name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={problem.fieldError('title')} />
        <Field label={t('draft.summary')} name="summary" value={summary} onChange={(e) => setSummary(e.target.value)} error={problem.fieldError('summary')} />

        <h2>{t('draft.budget')}</h2>
        {lines.map((line, i) => (
          <fieldset key={i} className="line">
            <legend>{t('draft.line', { n: i + 1 })}</legend>
            <div className="field">
              <label htmlFor={`line-${i}-category`}>{t('draft.category')}</label>
              <select id={`line-${i}-category`} value={line.category} onChange={setLine(i, 'category')}>
                {CATEGORIES.map((c) => <option key={c} value={c}>{t(`draft.categories.${c}`)}</option>)}
              </select>
            </div>
            <Field label={t('draft.description')} name={`line-${i}-description`} value={line.description} onChange={setLine(i, 'description')} />
            <div className="row">
              <Field label={t('draft.quantity')} name={`line-${i}-quantity`} inputMode="numeric" value={line.quantity} onChange={setLine(i, 'quantity')} />
              <Field label={t('draft.unitCost', { currency })} name={`line-${i}-unitCost`} inputMode="numeric" value={line.unitCost} onChange={setLine(i, 'unitCost')} />
            </div>
            <p className="amount" data-line-total={i}>{t('draft.lineTotal', { amount: totals[i] === null ? '—' : formatMoney(totals[i]!, currency, lang) })}</p>
            {problem.fieldError(`budgetLines[${i}]`) && <p className="field-error">{problem.fieldError(`budgetLines[${i}]`)}</p>}
            <button type="button" className="link" onClick={() => setLines(lines.filter((_, j) => j !== i))}>{t('draft.removeLine', { n: i + 1 })}</button>
          </fieldset>
        ))}
        <p>
          <button type="button" className="secondary" onClick={() => setLines([...lines, { category: 'equipment', description: '', quantity: '1', unitCost: '' }])}>
            {t('draft.addLine')}
          </button>
        </p>
        {problem.fieldError('budgetLines') && <p className="field-error">{problem.fieldError('budgetLines')}</p>}
        <p className="amount" data-budget-total="">{t('draft.budgetTotal', { amount: budgetTotal === null ? '—' : formatMoney(budgetTotal, currency, lang) })}</p>

        <Field label={t('draft.requestedAmount', { currency })} name="requestedAmount" inputMode="numeric" value={requested}
          onChange={(e) => setRequested(e.target.value)} error={problem.fieldError('requestedAmount')} />
        <div aria-live="polite">
          {mismatch && (
            <p className="problem" data-mismatch="">
              {t('draft.mismatch', { total: formatMoney(budgetTotal!, currency, lang), requested: formatMoney(requestedAmount!, currency, lang) })}{' '}
              <button type="button" className="link" onClick={() => setRequested(amountText(budgetTotal, currency))}>{t('draft.useTotal')}</button>
            </p>
          )}
        </div>
        <FormProblem message={problem.formError} />
        <div aria-live="polite">
          {saved && <p className="notice">{t('draft.saved')}</p>}
          {/* Offline, react-query holds the save and sends it when the browser is back online. */}
          {save.isPaused && <p className="notice">{t('draft.offline')}</p>}
          {dirty && !saved && restored && !save.isPending && !problem.problem && <p className="notice">{t('draft.restored')}</p>}
        </div>
        <button type="submit" disabled={save.isPending}>{t('draft.save')}</button>
      </fieldset>
    </form>
  );
}
