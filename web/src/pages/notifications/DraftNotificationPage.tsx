// Draft a pre-export notification: importing authority, parties (chosen or added inline), substance lines,
// point of entry, dispatch date, route and transit countries, voluntary notice. Saved as a draft, then sent
// from its page.
import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useAgencies } from '../agencies/agencyQueries';
import { lineBody, LinesEditor, newLine, type LineDraft } from './LinesEditor';
import { NOTIFICATIONS_KEY, useParties } from './notificationQueries';
import { PartyPicker } from './PartyPicker';

const FIELDS = [
  'importingAgencyId',
  'exporterPartyId',
  'importerPartyId',
  'consigneePartyId',
  'pointOfEntry',
  'plannedDispatchDate',
  'route',
  'transitCountries',
  'reference',
  'lines',
] as const;

const countryList = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);

export function DraftNotificationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const agencies = useAgencies();
  const parties = useParties();
  const [importingAgencyId, setImportingAgencyId] = useState('');
  const [exporter, setExporter] = useState('');
  const [importer, setImporter] = useState('');
  const [consignee, setConsignee] = useState('');
  const [lines, setLines] = useState<LineDraft[]>([newLine(1)]);
  const [pointOfEntry, setPointOfEntry] = useState('');
  const [dispatch, setDispatch] = useState('');
  const [route, setRoute] = useState('');
  const [transit, setTransit] = useState('');
  const [voluntary, setVoluntary] = useState(false);
  const [reference, setReference] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/notifications', {
          body: {
            importingAgencyId,
            exporterPartyId: exporter,
            importerPartyId: importer,
            consigneePartyId: consignee || null,
            pointOfEntry,
            plannedDispatchDate: dispatch,
            route,
            transitCountries: countryList(transit),
            voluntary,
            reference,
            lines: lines.map(lineBody),
          },
        }),
      ),
    onSuccess: (notice) => {
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
      void navigate({ to: '/notifications/$notificationId', params: { notificationId: notice.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;
  const foreign = (agencies.data ?? []).filter(
    (a) => a.country !== session.agency.country && (a.kind === 'regulator' || a.kind === 'drug_enforcement'),
  );
  const partyList = parties.data ?? [];

  return (
    <>
      <PageHeader title={t('notificationForm.title')} intro={t('notificationForm.intro')} />
      <Paper withBorder p="lg" radius="md" maw={900}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ProblemMessage error={error} placedFields={FIELDS} />
            <NativeSelect
              label={t('notificationForm.importingAgency')}
              required
              value={importingAgencyId}
              onChange={(e) => setImportingAgencyId(e.currentTarget.value)}
              data={[
                { value: '', label: t('notificationForm.chooseAgency') },
                ...foreign.map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` })),
              ]}
              error={fieldError(error, 'importingAgencyId')}
            />
            <PartyPicker
              label={t('notificationForm.exporter')}
              parties={partyList}
              value={exporter}
              onChange={setExporter}
              error={fieldError(error, 'exporterPartyId')}
            />
            <PartyPicker
              label={t('notificationForm.importer')}
              parties={partyList}
              value={importer}
              onChange={setImporter}
              error={fieldError(error, 'importerPartyId')}
            />
            <PartyPicker
              label={t('notificationForm.consignee')}
              parties={partyList}
              value={consignee}
              onChange={setConsignee}
              optional
              error={fieldError(error, 'consigneePartyId')}
            />
            <Title order={2} size="h4">
              {t('notificationForm.linesTitle')}
            </Title>
            <LinesEditor lines={lines} onChange={setLines} error={error} />
            <Group>
              <Button
                variant="default"
                onClick={() => setLines([...lines, newLine(Math.max(...lines.map((l) => l.key)) + 1)])}
              >
                {t('notificationForm.addLine')}
              </Button>
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('notificationForm.pointOfEntry')}
                required
                value={pointOfEntry}
                onChange={(e) => setPointOfEntry(e.currentTarget.value)}
                error={fieldError(error, 'pointOfEntry')}
              />
              <TextInput
                label={t('notificationForm.dispatchDate')}
                required
                type="date"
                value={dispatch}
                onChange={(e) => setDispatch(e.currentTarget.value)}
                error={fieldError(error, 'plannedDispatchDate')}
              />
            </Group>
            <Textarea
              label={t('notificationForm.route')}
              autosize
              minRows={2}
              value={route}
              onChange={(e) => setRoute(e.currentTarget.value)}
              error={fieldError(error, 'route')}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('notificationForm.transitCountries')}
                description={t('notificationForm.transitHint')}
                value={transit}
                onChange={(e) => setTransit(e.currentTarget.value)}
                error={fieldError(error, 'transitCountries')}
              />
              <TextInput
                label={t('notificationForm.reference')}
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
                error={fieldError(error, 'reference')}
              />
            </Group>
            <Checkbox
              label={t('notificationForm.voluntary')}
              checked={voluntary}
              onChange={(e) => setVoluntary(e.currentTarget.checked)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate({ to: '/notifications/outbox' })}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('notificationForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
