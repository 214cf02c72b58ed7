// Sharing groups and their member agencies (system admin): the named audiences of "group" distribution.
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharingGroup } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useSharingGroups } from '../alerts/alertQueries';
import { SharingGroupDialog } from './SharingGroupDialog';

export function SharingGroupsPage() {
  const { t } = useTranslation();
  const groups = useSharingGroups();
  const [editing, setEditing] = useState<SharingGroup | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={t('sharingGroups.title')}
        intro={t('sharingGroups.intro')}
        actions={<Button onClick={() => setEditing('new')}>{t('sharingGroups.create')}</Button>}
      />
      <QueryState query={groups}>
        {(items) => (
          <>
            {items.length === 0 && <Text c="dimmed">{t('sharingGroups.empty')}</Text>}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {items.map((group) => (
                <Paper
                  key={group.id}
                  withBorder
                  p="lg"
                  radius="md"
                  component="section"
                  aria-labelledby={`group-${group.id}`}
                >
                  <Stack gap="sm">
                    <Group justify="space-between" align="flex-start" wrap="nowrap">
                      <div>
                        <Title order={2} size="h4" id={`group-${group.id}`}>
                          {group.name}
                        </Title>
                        <Text size="sm" c="dimmed">
                          {t('sharingGroups.memberCount', { count: group.members.length })}
                        </Text>
                      </div>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(group)}
                        aria-label={`${t('common.edit')} ${group.name}`}
                      >
                        {t('common.edit')}
                      </Button>
                    </Group>
                    {group.description && <Text size="sm">{group.description}</Text>}
                    <Group gap={6} aria-label={t('sharingGroups.members')} role="list">
                      {group.members.map((member) => (
                        <Badge
                          key={member.id}
                          role="listitem"
                          variant="outline"
                          color="gray.8"
                          title={member.name}
                          style={{ textTransform: 'none' }}
                        >
                          {member.code}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          </>
        )}
      </QueryState>
      <SharingGroupDialog group={editing} onClose={() => setEditing(null)} />
    </>
  );
}
