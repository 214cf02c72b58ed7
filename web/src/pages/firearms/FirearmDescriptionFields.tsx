// Make, model and caliber with autocomplete from the reference table, type, country and markings, each with
// the live description-check warnings (what makes traces fail) shown at its field; an entry kept as free text
// links to proposing it for the table. A lost/stolen report asks make, model, caliber and type only (`markings`
// off): country of manufacture, importer and other markings are read off a recovered firearm.
import { Autocomplete, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirearmDescriptionWarning, FirearmType } from '../../api/types';
import { fieldError } from '../../components/ProblemMessage';
import { useCalibers, useDescriptionCheck, useMakes, useModels } from './firearmQueries';
import { ProposeReferenceLink } from './ProposeReferenceLink';
import { FIREARM_TYPES, type RecoveryForm } from './recoveryForm';

export type FirearmDescriptionForm = Pick<
  RecoveryForm,
  'make' | 'model' | 'caliber' | 'type' | 'countryOfManufacture' | 'importer' | 'otherMarkings'
>;
type Patch = (patch: Partial<FirearmDescriptionForm>) => void;

function Warnings({ warnings }: { warnings: readonly FirearmDescriptionWarning[] }): ReactNode {
  if (warnings.length === 0) return null;
  return (
    <Stack gap={2} component="span" data-testid="description-warning">
      {warnings.map((w) => (
        <Text key={w.code} size="sm" c="#7a4f00" component="span" display="block">
          ⚠ {w.message} <ProposeReferenceLink warning={w} />
        </Text>
      ))}
    </Stack>
  );
}

const unique = (names: readonly string[]) => [...new Set(names)];

export function FirearmDescriptionFields({
  form,
  patch,
  error,
  markings = true,
}: {
  form: FirearmDescriptionForm;
  patch: Patch;
  error: unknown;
  markings?: boolean;
}) {
  const { t } = useTranslation();
  const [described] = useDebouncedValue(
    {
      make: form.make,
      model: form.model,
      caliber: form.caliber,
      type: form.type,
      countryOfManufacture: form.countryOfManufacture,
    },
    400,
  );
  const check = useDescriptionCheck(described);
  const warningsFor = (field: string) => (check.data?.warnings ?? []).filter((w) => w.field === field);
  const makes = useMakes(form.make.trim());
  const models = useModels(form.make.trim(), form.model.trim());
  const calibers = useCalibers(form.caliber.trim());
  const warningsAt = (field: string) => <Warnings warnings={warningsFor(field)} />;

  return (
    <Stack gap="md">
      <Group grow align="flex-start" wrap="wrap">
        <Autocomplete
          label={t('recordRecovery.make')}
          data={unique((makes.data ?? []).map((m) => m.name))}
          value={form.make}
          onChange={(make) => patch({ make })}
          description={warningsAt('make')}
          error={fieldError(error, 'make')}
          miw={220}
        />
        <Autocomplete
          label={t('recordRecovery.model')}
          data={unique((models.data ?? []).map((m) => m.name))}
          value={form.model}
          onChange={(model) => patch({ model })}
          description={warningsAt('model')}
          error={fieldError(error, 'model')}
          miw={220}
        />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <Autocomplete
          label={t('recordRecovery.caliber')}
          data={unique((calibers.data ?? []).map((c) => c.name))}
          value={form.caliber}
          onChange={(caliber) => patch({ caliber })}
          description={warningsAt('caliber')}
          error={fieldError(error, 'caliber')}
          miw={220}
        />
        <Select
          label={t('recordRecovery.type')}
          placeholder={t('recordRecovery.chooseType')}
          data={FIREARM_TYPES.map((code) => ({
            value: code,
            label: `${code} · ${t(`firearmTypes.${code}`)}`,
          }))}
          value={form.type || null}
          onChange={(type) => patch({ type: (type ?? '') as FirearmType | '' })}
          description={warningsAt('type')}
          error={fieldError(error, 'type')}
          miw={220}
        />
      </Group>
      {markings && (
        <>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('recordRecovery.countryOfManufacture')}
              value={form.countryOfManufacture}
              onChange={(e) => patch({ countryOfManufacture: e.currentTarget.value.toUpperCase() })}
              maxLength={2}
              description={warningsAt('countryOfManufacture')}
              error={fieldError(error, 'countryOfManufacture')}
              miw={220}
            />
            <TextInput
              label={t('recordRecovery.importer')}
              value={form.importer}
              onChange={(e) => patch({ importer: e.currentTarget.value })}
              error={fieldError(error, 'importer')}
              miw={220}
            />
          </Group>
          <Textarea
            label={t('recordRecovery.otherMarkings')}
            autosize
            minRows={2}
            value={form.otherMarkings}
            onChange={(e) => patch({ otherMarkings: e.currentTarget.value })}
            error={fieldError(error, 'otherMarkings')}
          />
        </>
      )}
    </Stack>
  );
}
