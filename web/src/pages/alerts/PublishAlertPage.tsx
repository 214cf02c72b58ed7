// Publish an alert owned by my agency: text, optional expiry, distribution (and group), TLP, discoverability.
import { Button, Checkbox, Group, Paper, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Distribution } from '../../api/types';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel, type Tlp } from '../../components/TlpLabel';
import { ALERTS_KEY, useSharingGroups } from './alertQueries';
import { UNREAD_COUNT_KEY } from './UnreadAlertsBadge';

const DISTRIBUTIONS: readonly Distribution[] = ['agency', 'country', 'group', 'partners'];
const TLPS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const FIELDS = [
  'title',
  'body',
  'expiresAt',
  'distribution',
  'sharingGroupId',
  'tlp',
  'discoverable',
] as const;

/** A date from the date picker means "until the end of that day" in the user's time zone. */
function endOfDayIso(date: string): string | null {
  return date ? new Date(`${date}T23:59:59`).toISOString() : null;
}

export function PublishAlertPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const groups = useSharingGroups();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [distribution, setDistribution] = useState<Distribution>('agency');
  const [sharingGroupId, setSharingGroupId] = useState<string | null>(null);
  const [tlp, setTlp] = useState<Tlp>('AMBER');
  const [discoverable, setDiscoverable] = useState(true);

  const myGroups = (groups.data ?? []).filter((g) => g.members.some((m) => m.id === session.agency.id));
  const publish = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/alerts', {
          body: {
            title,
            body,
            expiresAt: endOfDayIso(expiresOn),
            distribution,
            sharingGroupId: distribution === 'group' ? sharingGroupId : null,
            tlp,
            discoverable,
          },
        }),
      ),
    onSuccess: (alert) => {
      void queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
      void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
      void navigate({ to: '/alerts/$alertId', params: { alertId: alert.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate();
  };
  const error = publish.error;

  return (
    <>
      <PageHeader title={t('publish.title')} intro={t('publish.intro')} />
      <Paper withBorder p="lg" radius="md" maw={760}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ProblemMessage error={error} placedFields={FIELDS} />
            <TextInput
              label={t('publish.fieldTitle')}
              required
              maxLength={300}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(error, 'title')}
            />
            <Textarea
              label={t('publish.fieldBody')}
              required
              autosize
              minRows={5}
              maxRows={16}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={fieldError(error, 'body')}
            />
            <TextInput
              label={t('publish.fieldExpiresAt')}
              type="date"
              w={280}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
              error={fieldError(error, 'expiresAt')}
            />
            <Radio.Group
              label={t('publish.fieldDistribution')}
              required
              value={distribution}
              onChange={(value) => setDistribution(value as Distribution)}
              error={fieldError(error, 'distribution')}
            >
              <Stack gap="xs" mt="xs">
                {DISTRIBUTIONS.map((d) => (
                  <Radio
                    key={d}
                    value={d}
                    label={t(`distributions.${d}`)}
                    description={t(`distributionHelp.${d}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {distribution === 'group' && (
              <Select
                label={t('publish.fieldSharingGroup')}
                placeholder={t('publish.chooseGroup')}
                required
                data={myGroups.map((g) => ({ value: g.id, label: g.name }))}
                value={sharingGroupId}
                onChange={setSharingGroupId}
                error={fieldError(error, 'sharingGroupId')}
                maw={420}
              />
            )}
            <Radio.Group
              label={t('publish.fieldTlp')}
              description={t('publish.tlpHelp')}
              required
              value={tlp}
              onChange={(value) => setTlp(value as Tlp)}
              error={fieldError(error, 'tlp')}
            >
              <Group gap="lg" mt="xs">
                {TLPS.map((label) => (
                  <Radio
                    key={label}
                    value={label}
                    label={<TlpLabel tlp={label} />}
                    aria-label={`TLP:${label}`}
                  />
                ))}
              </Group>
            </Radio.Group>
            <Checkbox
              label={t('publish.fieldDiscoverable')}
              description={t('publish.discoverableHelp')}
              checked={discoverable}
              onChange={(e) => setDiscoverable(e.currentTarget.checked)}
              error={fieldError(error, 'discoverable')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate({ to: '/alerts' })}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={publish.isPending}>
                {t('publish.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
