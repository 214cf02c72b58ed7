// Make, model and caliber with autocomplete from the reference table, type, country and markings, each with
// the live description-check warnings (what makes traces fail) shown at its field; an entry kept as free text
// links to proposing it for the table. A lost/stolen report asks make, model, caliber and type only (`markings`
// off): country of manufacture, importer and other markings are read off a recovered firearm. What the reference
// table knows fills the gaps: a model of one type sets an empty type, and a known make's countries of manufacture
// are offered for an empty country (a trace is routed by it).
import { Autocomplete, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirearmDescriptionWarning, FirearmType } from '../../api/types';
import { fieldError } from '../../components/ProblemMessage';
import { useCalibers, useDescriptionCheck, useMakes, useModels } from './firearmQueries';
import { ProposeReferenceLink } from './ProposeReferenceLink';
import { FIREARM_TYPES, recoveryInputId, type RecoveryForm } from './recoveryForm';

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
  const { t, i18n } = useTranslation();
  const [described] = useDebouncedValue(
    {
      make: form.make,
      model: form.model,
      caliber: form.caliber,
      type: form.type,
      countryOfManufacture: form.countryOfManufacture,
      ...(markings ? { importer: form.importer } : {}),
    },
    400,
  );
  const check = useDescriptionCheck(described);
  // Only a model the user chose sets the type: a corrected record keeps the type it was saved with.
  // Once per model, so a type the user then clears stays cleared.
  const [modelChosen, setModelChosen] = useState(false);
  const typeFilledFor = useRef<string | null>(null);
  const [typeFromModel, setTypeFromModel] = useState<string | null>(null);
  const resolved = check.isPlaceholderData ? undefined : check.data?.model;
  const onlyType = resolved?.types.length === 1 ? resolved.types[0] : undefined;
  useEffect(() => {
    if (!modelChosen || !resolved || !onlyType || described.model !== form.model) return;
    if (form.type !== '' || typeFilledFor.current === resolved.name) return;
    typeFilledFor.current = resolved.name;
    patch({ type: onlyType });
    setTypeFromModel(resolved.name);
  }, [modelChosen, resolved, onlyType, form.type, form.model, described.model, patch]);
  const knownCountries = (check.data?.make?.countries ?? []).filter((c) => c !== form.countryOfManufacture);
  const regionNames = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const warningsFor = (field: string) => (check.data?.warnings ?? []).filter((w) => w.field === field);
  const makes = useMakes(form.make.trim());
  const models = useModels(form.make.trim(), form.model.trim());
  const calibers = useCalibers(form.caliber.trim());
  const warningsAt = (field: string) => <Warnings warnings={warningsFor(field)} />;

  return (
    <Stack gap="md">
      <Group grow align="flex-start" wrap="wrap">
        <Autocomplete
          id={recoveryInputId('make')}
          label={t('recordRecovery.make')}
          data={unique((makes.data ?? []).map((m) => m.name))}
          value={form.make}
          onChange={(make) => patch({ make })}
          description={warningsAt('make')}
          error={fieldError(error, 'make')}
          miw={220}
        />
        <Autocomplete
          id={recoveryInputId('model')}
          label={t('recordRecovery.model')}
          data={unique((models.data ?? []).map((m) => m.name))}
          value={form.model}
          onChange={(model) => {
            setModelChosen(true);
            patch({ model });
          }}
          description={warningsAt('model')}
          error={fieldError(error, 'model')}
          miw={220}
        />
      </Group>
      <Group grow align="flex-start" wrap="wrap">
        <Autocomplete
          id={recoveryInputId('caliber')}
          label={t('recordRecovery.caliber')}
          data={unique((calibers.data ?? []).map((c) => c.name))}
          value={form.caliber}
          onChange={(caliber) => patch({ caliber })}
          description={warningsAt('caliber')}
          error={fieldError(error, 'caliber')}
          miw={220}
        />
        <Select
          id={recoveryInputId('type')}
          label={t('recordRecovery.type')}
          placeholder={t('recordRecovery.chooseType')}
          data={FIREARM_TYPES.map((code) => ({
            value: code,
            label: `${code} · ${t(`firearmTypes.${code}`)}`,
          }))}
          value={form.type || null}
          // Choosing the selected type again keeps it (a type set from the model is not lost by a click); clear it
          // with the clear button.
          allowDeselect={false}
          clearable
          onChange={(type) => {
            setTypeFromModel(null);
            patch({ type: (type ?? '') as FirearmType | '' });
          }}
          description={
            <>
              {typeFromModel && form.type !== '' && (
                <Text size="sm" component="span" display="block">
                  {t('recordRecovery.typeFromModel', { model: typeFromModel })}
                </Text>
              )}
              {warningsAt('type')}
            </>
          }
          error={fieldError(error, 'type')}
          miw={220}
        />
      </Group>
      {markings && (
        <>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              id={recoveryInputId('countryOfManufacture')}
              label={t('recordRecovery.countryOfManufacture')}
              value={form.countryOfManufacture}
              onChange={(e) => patch({ countryOfManufacture: e.currentTarget.value.toUpperCase() })}
              maxLength={2}
              description={warningsAt('countryOfManufacture')}
              error={fieldError(error, 'countryOfManufacture')}
              miw={220}
            />
            <TextInput
              id={recoveryInputId('importer')}
              label={t('recordRecovery.importer')}
              value={form.importer}
              onChange={(e) => patch({ importer: e.currentTarget.value })}
              error={fieldError(error, 'importer')}
              miw={220}
            />
          </Group>
          {form.countryOfManufacture === '' && knownCountries.length > 0 && check.data?.make && (
            <Group
              gap="xs"
              role="group"
              aria-labelledby="country-suggestions"
              data-testid="country-suggestions"
            >
              <Text size="sm" id="country-suggestions">
                {t('recordRecovery.countrySuggestions', { make: check.data.make.name })}
              </Text>
              {knownCountries.map((code) => (
                <Button
                  key={code}
                  size="compact-sm"
                  variant="light"
                  onClick={() => patch({ countryOfManufacture: code })}
                >
                  {`${code} · ${regionNames.of(code) ?? code}`}
                </Button>
              ))}
            </Group>
          )}
          <Textarea
            id={recoveryInputId('otherMarkings')}
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
