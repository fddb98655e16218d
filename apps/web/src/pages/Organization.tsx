import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, type Schemas } from '../api/client';
import { useMe } from '../auth/hooks';
import { Field, FormProblem, SelectField, useProblem } from '../components/form';
import { LoadError, Loading } from '../components/status';
import { OrganizationMembers } from './OrganizationMembers';
import { communeKey, communeName, compactPhone, regionName } from '../format';
import { ORGANIZATION_TYPES } from '../../../../libs/domain/src/roles';
import { REGION_KEYS } from '../../../../libs/domain/src/regions';

export default function Organization() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} retry={() => void me.refetch()} />;
  return me.data.organizationId ? <OrganizationStatus id={me.data.organizationId} /> : <CreateOrganization />;
}

function OrganizationStatus({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const organization = useQuery({
    queryKey: ['organization', id],
    queryFn: () => call(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
  if (organization.isPending) return <Loading />;
  if (organization.isError) return <LoadError error={organization.error} retry={() => void organization.refetch()} />;
  const o = organization.data;
  const status = o.status as keyof typeof STATUS_CLASS;
  return (
    <>
      <h1>{o.name}</h1>
      <p>
        {t(`organization.types.${o.type}`)} · {communeName(o.commune)} · {regionName(o.region, i18n.language)}
      </p>
      <h2>{t('organization.status')}</h2>
      <p className={`badge ${STATUS_CLASS[status] ?? ''}`} data-status={o.status}>
        {t(`organization.statuses.${o.status}`)}
      </p>
      <p>{t(`organization.explain.${o.status}`, { reason: o.refusalReason ?? '' })}</p>
      <OrganizationMembers organization={o} />
    </>
  );
}

const STATUS_CLASS = {
  pending_verification: 'badge-upcoming',
  verified: 'badge-open',
  refused: 'badge-refused',
} as const;
const FIELDS = ['name', 'type', 'region', 'commune', 'phone', 'email', 'registrationNumber'] as const;

function CreateOrganization() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Record<(typeof FIELDS)[number], string>>({
    name: '',
    type: '',
    region: '',
    commune: '',
    phone: '',
    email: '',
    registrationNumber: '',
  });
  const problem = useProblem(FIELDS);
  const set = (name: (typeof FIELDS)[number]) => (e: { target: { value: string } }) =>
    setForm({ ...form, [name]: e.target.value });
  const create = useMutation({
    mutationFn: () => {
      const body: Schemas['CreateOrganizationDto'] = {
        name: form.name.trim(),
        type: form.type as Schemas['CreateOrganizationDto']['type'],
        region: form.region as Schemas['CreateOrganizationDto']['region'],
        commune: communeKey(form.commune),
        phone: compactPhone(form.phone),
        ...(form.email.trim() ? { email: form.email.trim() } : {}),
        ...(form.registrationNumber.trim() ? { registrationNumber: form.registrationNumber.trim() } : {}),
      };
      return call(api.POST('/api/v1/organizations', { body }));
    },
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: (organization) => {
      queryClient.setQueryData(['organization', organization.id], organization);
      return queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1>{t('organization.createTitle')}</h1>
      <p>{t('organization.createIntro')}</p>
      <Field
        label={t('organization.name')}
        name="name"
        value={form.name}
        onChange={set('name')}
        error={problem.fieldError('name')}
        required
      />
      <SelectField
        label={t('organization.type')}
        name="type"
        value={form.type}
        onChange={set('type')}
        error={problem.fieldError('type')}
        required
      >
        <option value="">{t('organization.choose')}</option>
        {ORGANIZATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`organization.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organization.region')}
        name="region"
        value={form.region}
        onChange={set('region')}
        error={problem.fieldError('region')}
        required
      >
        <option value="">{t('organization.choose')}</option>
        {REGION_KEYS.map((key) => (
          <option key={key} value={key}>
            {regionName(key, i18n.language)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('organization.commune')}
        hint={t('organization.communeHint')}
        name="commune"
        value={form.commune}
        onChange={set('commune')}
        error={problem.fieldError('commune')}
        required
      />
      <Field
        label={t('organization.phone')}
        hint={t('register.phoneHint')}
        name="phone"
        type="tel"
        inputMode="tel"
        value={form.phone}
        onChange={set('phone')}
        error={problem.fieldError('phone')}
        required
      />
      <Field
        label={t('organization.email')}
        name="email"
        type="email"
        value={form.email}
        onChange={set('email')}
        error={problem.fieldError('email')}
      />
      <Field
        label={t('organization.registrationNumber')}
        hint={t('organization.registrationNumberHint')}
        name="registrationNumber"
        value={form.registrationNumber}
        onChange={set('registrationNumber')}
        error={problem.fieldError('registrationNumber')}
      />
      <FormProblem message={problem.formError} />
      <button type="submit" disabled={create.isPending}>
        {t('organization.create')}
      </button>
    </form>
  );
}
