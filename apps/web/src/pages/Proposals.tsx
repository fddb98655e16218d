import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { FormProblem, SelectField, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { formatDate, formatMoney } from '../format';
import { publicRounds } from './Home';

/** The group's proposals, and a new draft for one of the open calls. */
export default function Proposals() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const proposals = useQuery({ queryKey: ['proposals'], queryFn: () => call(api.GET('/api/v1/proposals')) });
  return (
    <>
      <h1>{t('proposals.title')}</h1>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.isError ? (
        <LoadError error={proposals.error} retry={() => void proposals.refetch()} />
      ) : proposals.data.items.length === 0 ? (
        <p className="empty">{t('proposals.empty')}</p>
      ) : (
        <ul className="cards">
          {proposals.data.items.map((p) => (
            <li key={p.id} className="card">
              <h2>
                <Link to={p.status === 'draft' ? `/proposals/${p.id}` : `/proposals/${p.id}/follow`}>
                  {p.title || t('proposals.untitled')}
                </Link>
              </h2>
              <p className="badge">{t(`proposals.statuses.${p.status}`, { defaultValue: p.status })}</p>
              {p.requestedAmount ? <p>{formatMoney(p.requestedAmount, p.currency, lang)}</p> : null}
              <p className="muted">{t('proposals.created', { date: formatDate(p.createdAt, lang) })}</p>
            </li>
          ))}
        </ul>
      )}
      <NewProposal />
    </>
  );
}

function NewProposal() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const rounds = useQuery(publicRounds());
  const [roundId, setRoundId] = useState('');
  const problem = useProblem(['roundId']);
  const create = useMutation({
    mutationFn: () => call(api.POST('/api/v1/proposals', { body: { roundId } })),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (proposal) => navigate(`/proposals/${proposal.id}`),
  });
  const open = rounds.data?.items.filter((r) => r.status === 'open') ?? [];
  if (!rounds.data || open.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('proposals.new')}</h2>
      <SelectField
        label={t('proposals.round')}
        name="roundId"
        value={roundId}
        onChange={(e) => setRoundId(e.target.value)}
        error={problem.fieldError('roundId')}
        required
      >
        <option value="">{t('organization.choose')}</option>
        {open.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name[i18n.language === 'en' ? 'en' : 'fr']}
          </option>
        ))}
      </SelectField>
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={create.isPending}>
        {t('proposals.start')}
      </button>
    </form>
  );
}
