// File a multiple-sales report: the form (handguns, or rifles in a border state), the dealer's licence, the
// purchaser, two or more firearms with their sale dates, and who may read it. The server checks the five
// business-day rule and answers field by field.
import { Alert, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { FirearmType } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import {
  DEFAULT_SHARING,
  SharingControls,
  sharingBody,
  type Sharing,
} from '../../components/SharingControls';
import { MULTIPLE_SALES_KEY } from './firearmReportQueries';
import { useAbility } from '../../app/session';
import { licenceOption, useHolderLicences } from '../holder/holderQueries';
import { FormSection } from '../../components/FormSection';

type Form = 'handguns' | 'rifles';
interface Line {
  key: number;
  make: string;
  model: string;
  caliber: string;
  type: FirearmType;
  serial: string;
  soldOn: string;
}

const TYPES: readonly FirearmType[] = ['P', 'R'];
let nextKey = 0;
const emptyLine = (type: FirearmType): Line => ({
  key: nextKey++,
  make: '',
  model: '',
  caliber: '',
  type,
  serial: '',
  soldOn: '',
});
const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function FileMultipleSalesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>('handguns');
  const [typed, setDealer] = useState({ licence: '', name: '', state: '' });
  const holder = useAbility('answer_trace_hops');
  const ownLicences = useHolderLicences(holder).data;
  // A dealer's form starts on its first licence until it picks another.
  const dealer = { ...typed, licence: typed.licence || (ownLicences?.[0]?.licence ?? '') };
  const [purchaser, setPurchaser] = useState({ name: '', birthDate: '', address: '' });
  const [lines, setLines] = useState<Line[]>(() => [emptyLine('P'), emptyLine('P')]);
  const [sharing, setSharing] = useState<Sharing>({ ...DEFAULT_SHARING, discoverable: false });
  const file = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/firearms/multiple-sales', {
          body: {
            form,
            dealer: {
              licence: dealer.licence.trim(),
              name: orNull(dealer.name),
              state: orNull(dealer.state),
              country: 'US',
            },
            purchaser: {
              name: purchaser.name.trim(),
              birthDate: orNull(purchaser.birthDate),
              address: orNull(purchaser.address),
            },
            firearms: lines.map((l) => ({
              make: l.make.trim(),
              model: orNull(l.model),
              caliber: orNull(l.caliber),
              type: l.type,
              serial: l.serial,
              soldOn: l.soldOn,
            })),
            ...sharingBody(sharing),
          },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: MULTIPLE_SALES_KEY }),
  });
  const error = file.error;
  const setLine = (key: number, patch: Partial<Line>) =>
    setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate();
  };

  if (file.data)
    return (
      <>
        <PageHeader title={t('firearmReports.fileReport.title')} />
        <Stack maw={900}>
          <Alert color="green" role="status">
            <Text fw={700}>{t('firearmReports.fileReport.saved')}</Text>
          </Alert>
          <Group>
            <Button component={Link} to="/multiple-sales" variant="default">
              {t('firearmReports.list.title')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                file.reset();
                setLines([
                  emptyLine(form === 'handguns' ? 'P' : 'R'),
                  emptyLine(form === 'handguns' ? 'P' : 'R'),
                ]);
                setPurchaser({ name: '', birthDate: '', address: '' });
              }}
            >
              {t('firearmReports.fileReport.another')}
            </Button>
          </Group>
        </Stack>
      </>
    );

  return (
    <>
      <PageHeader title={t('firearmReports.fileReport.title')} intro={t('firearmReports.fileReport.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <ProblemMessage
            error={error}
            placedFields={[
              'form',
              'dealer.licence',
              'dealer.name',
              'dealer.state',
              'purchaser.name',
              'firearms',
            ]}
          />
          <FormSection title={t('firearmReports.fileReport.dealerSection')} id="ms-dealer">
            <Select
              label={t('firearmReports.fileReport.form')}
              data={(['handguns', 'rifles'] as const).map((f) => ({
                value: f,
                label: t(`firearmReports.forms.${f}`),
              }))}
              value={form}
              allowDeselect={false}
              onChange={(f) => {
                if (!f) return;
                setForm(f as Form);
                setLines((all) => all.map((l) => ({ ...l, type: f === 'handguns' ? 'P' : 'R' })));
              }}
              error={fieldError(error, 'form')}
            />
            {ownLicences ? (
              // A dealer files for one of its own licences; the server takes its name and state from the record.
              <Select
                label={t('firearmReports.fileReport.licence')}
                description={t('firearmReports.fileReport.ownLicenceHelp')}
                required
                data={ownLicences.map(licenceOption)}
                value={dealer.licence || null}
                allowDeselect={false}
                onChange={(licence) => licence && setDealer({ ...dealer, licence })}
                error={fieldError(error, 'dealer.licence')}
                maw={520}
              />
            ) : (
              <Group grow align="flex-start" wrap="wrap">
                <TextInput
                  label={t('firearmReports.fileReport.licence')}
                  description={t('firearmReports.fileReport.licenceHelp')}
                  required
                  value={dealer.licence}
                  onChange={(e) => setDealer({ ...dealer, licence: e.currentTarget.value })}
                  error={fieldError(error, 'dealer.licence')}
                  miw={220}
                />
                <TextInput
                  label={t('firearmReports.fileReport.dealerName')}
                  value={dealer.name}
                  onChange={(e) => setDealer({ ...dealer, name: e.currentTarget.value })}
                  error={fieldError(error, 'dealer.name')}
                  miw={220}
                />
                <TextInput
                  label={t('firearmReports.fileReport.dealerState')}
                  value={dealer.state}
                  onChange={(e) => setDealer({ ...dealer, state: e.currentTarget.value })}
                  error={fieldError(error, 'dealer.state')}
                  miw={120}
                />
              </Group>
            )}
          </FormSection>
          <FormSection title={t('firearmReports.fileReport.purchaserSection')} id="ms-purchaser">
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                label={t('firearmReports.fileReport.purchaserName')}
                required
                value={purchaser.name}
                onChange={(e) => setPurchaser({ ...purchaser, name: e.currentTarget.value })}
                error={fieldError(error, 'purchaser.name')}
                miw={220}
              />
              <TextInput
                type="date"
                label={t('firearmReports.fileReport.birthDate')}
                value={purchaser.birthDate}
                onChange={(e) => setPurchaser({ ...purchaser, birthDate: e.currentTarget.value })}
                error={fieldError(error, 'purchaser.birthDate')}
                miw={180}
              />
            </Group>
            <TextInput
              label={t('firearmReports.fileReport.address')}
              value={purchaser.address}
              onChange={(e) => setPurchaser({ ...purchaser, address: e.currentTarget.value })}
              error={fieldError(error, 'purchaser.address')}
            />
          </FormSection>
          <FormSection title={t('firearmReports.fileReport.firearmsSection')} id="ms-firearms">
            {fieldError(error, 'firearms') && (
              <Text c="red" size="sm" role="alert">
                {fieldError(error, 'firearms')}
              </Text>
            )}
            {lines.map((line, index) => {
              const at = (field: string) => fieldError(error, `firearms.${index}.${field}`);
              const legend = t('firearmReports.fileReport.firearmLegend', { line: index + 1 });
              return (
                <Fieldset key={line.key} legend={legend}>
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      label={t('firearmReports.fileReport.make')}
                      required
                      value={line.make}
                      onChange={(e) => setLine(line.key, { make: e.currentTarget.value })}
                      error={at('make')}
                      miw={160}
                    />
                    <TextInput
                      label={t('firearmReports.fileReport.model')}
                      value={line.model}
                      onChange={(e) => setLine(line.key, { model: e.currentTarget.value })}
                      error={at('model')}
                      miw={140}
                    />
                    <TextInput
                      label={t('firearmReports.fileReport.caliber')}
                      value={line.caliber}
                      onChange={(e) => setLine(line.key, { caliber: e.currentTarget.value })}
                      error={at('caliber')}
                      miw={120}
                    />
                    <Select
                      label={t('firearmReports.fileReport.type')}
                      data={TYPES.map((ty) => ({ value: ty, label: t(`firearmTypes.${ty}`) }))}
                      value={line.type}
                      allowDeselect={false}
                      onChange={(ty) => ty && setLine(line.key, { type: ty as FirearmType })}
                      error={at('type')}
                      miw={120}
                    />
                  </Group>
                  <Group grow align="flex-start" wrap="wrap" mt="sm">
                    <TextInput
                      label={t('firearmReports.fileReport.serial')}
                      required
                      value={line.serial}
                      onChange={(e) => setLine(line.key, { serial: e.currentTarget.value })}
                      error={at('serial')}
                      styles={{ input: { fontFamily: 'monospace' } }}
                      autoComplete="off"
                      miw={180}
                    />
                    <TextInput
                      type="date"
                      label={t('firearmReports.fileReport.soldOn')}
                      required
                      value={line.soldOn}
                      onChange={(e) => setLine(line.key, { soldOn: e.currentTarget.value })}
                      error={at('soldOn')}
                      miw={160}
                    />
                  </Group>
                  {lines.length > 2 && (
                    <Group justify="flex-end" mt="sm">
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
                      >
                        {t('firearmReports.fileReport.removeFirearm', { line: index + 1 })}
                      </Button>
                    </Group>
                  )}
                </Fieldset>
              );
            })}
            <Group>
              <Button
                variant="default"
                onClick={() => setLines((all) => [...all, emptyLine(form === 'handguns' ? 'P' : 'R')])}
                disabled={lines.length >= 50}
              >
                {t('firearmReports.fileReport.addFirearm')}
              </Button>
            </Group>
          </FormSection>
          <FormSection title={t('firearmReports.fileReport.sharingSection')} id="ms-sharing">
            <SharingControls value={sharing} onChange={setSharing} error={error} />
          </FormSection>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/multiple-sales' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={file.isPending}>
              {t('firearmReports.fileReport.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
