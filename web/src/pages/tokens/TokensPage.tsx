// My API tokens: create one (its secret shown once), see when each was last used, revoke.
import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { ApiToken } from '../../api/types';
import { useFormatDate, useFormatDateTime } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { CreateTokenDialog } from './CreateTokenDialog';

export const TOKENS_KEY = ['me', 'tokens'] as const;

function tokenStatus(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= Date.now() ? 'expired' : 'active';
}

export function TokensPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tokens = useQuery({
    queryKey: TOKENS_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/tokens')).items,
  });
  const revoke = useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/me/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
  const confirmRevoke = (token: ApiToken) => {
    if (window.confirm(t('tokens.confirmRevoke', { name: token.name }))) revoke.mutate(token.id);
  };

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        intro={t('tokens.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('tokens.create')}</Button>}
      />
      <ProblemMessage error={revoke.error} />
      <QueryState query={tokens}>
        {(items) => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('tokens.name')}</Table.Th>
                    <Table.Th scope="col">{t('tokens.prefix')}</Table.Th>
                    <Table.Th scope="col">{t('tokens.scopes')}</Table.Th>
                    <Table.Th scope="col">{t('tokens.expires')}</Table.Th>
                    <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('tokens.status')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((token) => {
                    const status = tokenStatus(token);
                    return (
                      <Table.Tr key={token.id}>
                        <Table.Td fw={600}>{token.name}</Table.Td>
                        <Table.Td ff="monospace">{token.prefix}…</Table.Td>
                        <Table.Td>
                          {token.scopes
                            .map((s) => (s === 'read' ? t('tokens.scopeRead') : t('tokens.scopeWrite')))
                            .join(', ')}
                        </Table.Td>
                        <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                        <Table.Td>
                          {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.never')}
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge tone={status === 'active' ? 'positive' : 'neutral'}>
                            {t(`tokens.${status}`)}
                          </StatusBadge>
                        </Table.Td>
                        <Table.Td>
                          {status === 'active' && (
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => confirmRevoke(token)}
                              loading={revoke.isPending && revoke.variables === token.id}
                              aria-label={`${t('tokens.revoke')} ${token.name}`}
                            >
                              {t('tokens.revoke')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {items.length === 0 && (
              <Text p="md" c="dimmed">
                {t('tokens.empty')}
              </Text>
            )}
          </Paper>
        )}
      </QueryState>
      <Group>
        <CreateTokenDialog opened={creating} onClose={() => setCreating(false)} />
      </Group>
    </>
  );
}
