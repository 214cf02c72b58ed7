// User accounts: an agency admin manages their agency's users; a system admin any agency's.
import { Button, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { User } from '../../api/types';
import { useAbility, useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { useAgencies } from '../agencies/agencyQueries';
import { UserDialog } from './UserDialog';
import { UserStatus } from './UserStatus';

export const USERS_KEY = ['users'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const manageAll = useAbility('manage_all_users');
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(manageAll ? null : session.agency.id);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const users = useQuery({
    queryKey: [...USERS_KEY, agencyId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/users', { params: { query: agencyId ? { agencyId } : {} } })).items,
  });
  const unlock = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: { unlock: true } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
  const agencyCode = (id: string) => agencies.data?.find((a) => a.id === id)?.code ?? '';
  const title = manageAll ? t('users.title') : t('users.titleOfAgency', { agency: session.agency.name });

  return (
    <>
      <PageHeader
        title={title}
        actions={<Button onClick={() => setEditing('new')}>{t('users.create')}</Button>}
      />
      {manageAll && (
        <Select
          label={t('users.agency')}
          placeholder={t('users.allAgencies')}
          clearable
          searchable
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }))}
          value={agencyId}
          onChange={setAgencyId}
          maw={420}
          mb="md"
        />
      )}
      <ProblemMessage error={unlock.error} />
      <QueryState query={users}>
        {(items) => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={820}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('users.displayName')}</Table.Th>
                    <Table.Th scope="col">{t('users.role')}</Table.Th>
                    {manageAll && <Table.Th scope="col">{t('users.agency')}</Table.Th>}
                    <Table.Th scope="col">{t('users.locale')}</Table.Th>
                    <Table.Th scope="col">{t('users.twoStep')}</Table.Th>
                    <Table.Th scope="col">{t('users.status')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((user) => (
                    <Table.Tr key={user.id}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {user.displayName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {user.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                      {manageAll && <Table.Td ff="monospace">{agencyCode(user.agencyId)}</Table.Td>}
                      <Table.Td>{t(`languages.${user.locale}`)}</Table.Td>
                      <Table.Td>
                        {user.totpEnabled ? (
                          <StatusBadge tone="info">{t('common.yes')}</StatusBadge>
                        ) : (
                          <Text size="sm">{t('common.no')}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <UserStatus user={user} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(user)}
                            aria-label={`${t('common.edit')} ${user.displayName}`}
                          >
                            {t('common.edit')}
                          </Button>
                          {user.lockedUntil && new Date(user.lockedUntil) > new Date() && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => unlock.mutate(user.id)}
                              loading={unlock.isPending && unlock.variables === user.id}
                            >
                              {t('users.unlock')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {items.length === 0 && (
              <Text p="md" c="dimmed">
                {t('users.empty')}
              </Text>
            )}
          </Paper>
        )}
      </QueryState>
      <UserDialog
        user={editing}
        defaultAgencyId={agencyId ?? session.agency.id}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
