// Draft a pre-export notification, or edit a saved draft: importing authority, parties (chosen or added
// inline), substance lines, point of entry, dispatch date, route and transit countries, voluntary notice, and
// (once saved) its documents. Sent from its page. An edit names the version it started from: if someone
// saved a newer one meanwhile, the server's conflict is shown at the form with a way to load the latest.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useAgencies } from '../agencies/agencyQueries';
import { AttachmentsEditor } from './AttachmentsEditor';
import { lineBody, lineDraftOf, LinesEditor, newLine, type LineDraft } from './LinesEditor';
import { NOTIFICATIONS_KEY, useParties, type Notification } from './notificationQueries';
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

export function DraftNotificationPage({
  notice,
  onReload,
}: {
  /** The saved draft to edit; omitted for a new one. */
  notice?: Notification;
  /** Loads the latest version from the server (after a conflict). */
  onReload?: () => void;
} = {}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const agencies = useAgencies();
  const parties = useParties();
  const [importingAgencyId, setImportingAgencyId] = useState(notice?.importingAgency.id ?? '');
  const [exporter, setExporter] = useState(notice?.exporter.id ?? '');
  const [importer, setImporter] = useState(notice?.importer.id ?? '');
  const [consignee, setConsignee] = useState(notice?.consignee?.id ?? '');
  const [lines, setLines] = useState<LineDraft[]>(() =>
    notice ? notice.lines.map((line, i) => lineDraftOf(line, i + 1)) : [newLine(1)],
  );
  const [pointOfEntry, setPointOfEntry] = useState(notice?.pointOfEntry ?? '');
  const [dispatch, setDispatch] = useState(notice?.plannedDispatchDate ?? '');
  const [route, setRoute] = useState(notice?.route ?? '');
  const [transit, setTransit] = useState(notice?.transitCountries.join(', ') ?? '');
  const [voluntary, setVoluntary] = useState(notice?.voluntary ?? false);
  const [reference, setReference] = useState(notice?.reference ?? '');
  const save = useMutation({
    mutationFn: async () => {
      const content = {
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
      };
      if (!notice) return unwrap(await api.POST('/api/v1/notifications', { body: content }));
      return unwrap(
        await api.PATCH('/api/v1/notifications/{id}', {
          params: { path: { id: notice.id } },
          body: { version: notice.version, ...content },
        }),
      );
    },
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
  const conflict = error instanceof ApiError && error.status === 409 ? error : null;
  const foreign = (agencies.data ?? []).filter(
    (a) => a.country !== session.agency.country && (a.kind === 'regulator' || a.kind === 'drug_enforcement'),
  );
  const partyList = parties.data ?? [];

  return (
    <>
      <PageHeader
        title={t(notice ? 'notificationEdit.title' : 'notificationForm.title')}
        intro={t('notificationForm.intro')}
      />
      <Paper withBorder p="lg" radius="md" maw={900}>
        <form
          onSubmit={submit}
          noValidate
          aria-label={t(notice ? 'notificationEdit.title' : 'notificationForm.title')}
        >
          <Stack gap="md">
            {conflict ? (
              <Alert color="red" role="alert" title={conflict.problem.title} data-testid="edit-conflict">
                <Stack gap="xs" align="flex-start">
                  <span>{conflict.problem.detail}</span>
                  {onReload && (
                    <Button variant="default" size="xs" onClick={onReload}>
                      {t('notificationEdit.loadLatest')}
                    </Button>
                  )}
                </Stack>
              </Alert>
            ) : (
              <ProblemMessage error={error} placedFields={FIELDS} />
            )}
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
              <Button
                variant="default"
                onClick={() =>
                  void (notice
                    ? navigate({
                        to: '/notifications/$notificationId',
                        params: { notificationId: notice.id },
                      })
                    : navigate({ to: '/notifications/outbox' }))
                }
              >
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t(notice ? 'notificationEdit.submit' : 'notificationForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="lg" radius="md" maw={900} mt="lg">
        {notice ? (
          <AttachmentsEditor notice={notice} />
        ) : (
          <Text c="dimmed">{t('notificationAttachments.saveFirst')}</Text>
        )}
      </Paper>
    </>
  );
}
