import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../../../../../libs/domain/src/roles';
import { api, call } from '../../api/client';
import { Field, FormProblem, SelectField, useProblem } from '../../components/form';
import { compactPhone } from '../../format';
import { RolesField, rolesProblem } from './RolesField';
import './admin.css';
import './i18n';

/** `/admin/people/invite`: a staff member by e-mail or SMS, with roles; the API's refusals land next to the field. */
export default function InvitePerson() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [by, setBy] = useState<'email' | 'phone'>('email');
  const [form, setForm] = useState({
    contact: '',
    displayName: '',
    language: 'fr' as 'fr' | 'en',
    roles: [] as string[],
  });
  const problem = useProblem(['email', 'phone', 'displayName', 'roles', 'language']);
  const invite = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/users/invitations', {
          body: {
            ...(by === 'email' ? { email: form.contact.trim() } : { phone: compactPhone(form.contact) }),
            displayName: form.displayName,
            roles: form.roles as Role[],
            language: form.language,
          },
        }),
      ),
    onMutate: () => problem.clear(),
    onError: (error) => problem.show(error),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      void navigate(`/admin/people/${user.id}?invited=1`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  const roles = rolesProblem(problem);
  return (
    <>
      <p>
        <Link to="/admin/people">{t('admin.inviteForm.back')}</Link>
      </p>
      <h1>{t('admin.inviteForm.title')}</h1>
      <p>{t('admin.inviteForm.intro')}</p>
      <form onSubmit={submit} noValidate>
        <fieldset className="choice">
          <legend>{t('admin.inviteForm.by')}</legend>
          <label>
            <input type="radio" name="invite-by" checked={by === 'email'} onChange={() => setBy('email')} />
            {t('admin.inviteForm.byEmail')}
          </label>
          <label>
            <input type="radio" name="invite-by" checked={by === 'phone'} onChange={() => setBy('phone')} />
            {t('admin.inviteForm.byPhone')}
          </label>
        </fieldset>
        {by === 'email' ? (
          <Field
            key="email"
            label={t('admin.inviteForm.email')}
            name="email"
            type="email"
            autoComplete="off"
            value={form.contact}
            onChange={(e) => setForm({ ...form, contact: e.target.value })}
            error={problem.fieldError('email')}
            required
          />
        ) : (
          <Field
            key="phone"
            label={t('admin.inviteForm.phone')}
            hint={t('admin.inviteForm.phoneHint')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            value={form.contact}
            onChange={(e) => setForm({ ...form, contact: e.target.value })}
            error={problem.fieldError('phone')}
            required
          />
        )}
        <Field
          label={t('admin.inviteForm.name')}
          name="displayName"
          autoComplete="off"
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
          error={problem.fieldError('displayName')}
          required
        />
        <RolesField
          legend={t('admin.inviteForm.roles')}
          hint={t('admin.inviteForm.rolesHint')}
          value={form.roles}
          onChange={(value) => setForm({ ...form, roles: value })}
          error={roles.field}
        />
        <SelectField
          label={t('admin.inviteForm.language')}
          name="language"
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.target.value as 'fr' | 'en' })}
          error={problem.fieldError('language')}
        >
          <option value="fr">{t('admin.inviteForm.languages.fr')}</option>
          <option value="en">{t('admin.inviteForm.languages.en')}</option>
        </SelectField>
        <FormProblem message={problem.problem?.code === 'SEGREGATION_OF_DUTIES' ? undefined : problem.formError} />
        <button type="submit" disabled={invite.isPending}>
          {t('admin.inviteForm.submit')}
        </button>
      </form>
    </>
  );
}
