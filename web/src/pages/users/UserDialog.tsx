// Create a user (with an initial password) or edit one's name, role, language and whether it is disabled.
import { Checkbox, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../core/i18n/locale';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Role, User } from '../../api/types';
import { useAbility } from '../../app/session';
import { DialogActions, FormDialog } from '../../components/FormDialog';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useAgencies } from '../agencies/agencyQueries';

const ROLES: readonly Role[] = [
  'analyst',
  'investigator',
  'tracing_officer',
  'regulator',
  'agency_admin',
  'auditor',
  'system_admin',
];
const FIELDS = ['email', 'displayName', 'role', 'agencyId', 'password', 'locale', 'disabled'];

function UserDialogContent({
  user,
  defaultAgencyId,
  onClose,
}: {
  user: User | 'new' | null;
  defaultAgencyId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const manageAll = useAbility('manage_all_users');
  const agencies = useAgencies();
  const existing = user !== 'new' ? user : null;
  const [email, setEmail] = useState(existing?.email ?? '');
  const [displayName, setDisplayName] = useState(existing?.displayName ?? '');
  const [role, setRole] = useState<Role>(existing?.role ?? 'analyst');
  const [agencyId, setAgencyId] = useState(existing?.agencyId ?? defaultAgencyId);
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Locale>(existing?.locale ?? 'es');
  const [disabled, setDisabled] = useState(existing?.disabled ?? false);

  const save = useMutation({
    mutationFn: async () =>
      existing
        ? unwrap(
            await api.PATCH('/api/v1/users/{id}', {
              params: { path: { id: existing.id } },
              body: { displayName, role, locale, disabled },
            }),
          )
        : unwrap(
            await api.POST('/api/v1/users', {
              body: { email, displayName, role, password, locale, ...(manageAll ? { agencyId } : {}) },
            }),
          ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;
  const roles = ROLES.filter((r) => manageAll || r !== 'system_admin');

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemMessage error={error} placedFields={FIELDS} />
          {!existing && (
            <TextInput
              label={t('users.email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError(error, 'email')}
              data-autofocus
            />
          )}
          <TextInput
            label={t('users.displayName')}
            required
            value={displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            error={fieldError(error, 'displayName')}
          />
          <Select
            label={t('users.role')}
            required
            allowDeselect={false}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            error={fieldError(error, 'role')}
          />
          {!existing && manageAll && (
            <Select
              label={t('users.agency')}
              required
              searchable
              allowDeselect={false}
              data={(agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }))}
              value={agencyId}
              onChange={(v) => v && setAgencyId(v)}
              error={fieldError(error, 'agencyId')}
            />
          )}
          {!existing && (
            <PasswordInput
              label={t('users.password')}
              description={t('users.passwordHelp')}
              required
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(error, 'password')}
            />
          )}
          <Select
            label={t('users.locale')}
            required
            allowDeselect={false}
            data={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            value={locale}
            onChange={(v) => v && setLocale(v as Locale)}
            error={fieldError(error, 'locale')}
          />
          {existing && (
            <Checkbox
              label={t('users.accountDisabled')}
              checked={disabled}
              onChange={(e) => setDisabled(e.currentTarget.checked)}
              error={fieldError(error, 'disabled')}
            />
          )}
          <DialogActions editing={existing !== null} saving={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function UserDialog(props: {
  user: User | 'new' | null;
  defaultAgencyId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { user, onClose } = props;
  const existing = user !== 'new' ? user : null;
  return (
    <FormDialog
      opened={user !== null}
      onClose={onClose}
      title={existing ? t('users.editTitle', { name: existing.displayName }) : t('users.create')}
    >
      <UserDialogContent {...props} />
    </FormDialog>
  );
}
