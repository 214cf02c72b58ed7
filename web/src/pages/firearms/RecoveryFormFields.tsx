// The recovered-firearm form's fields, shared by recording and correcting a recovery: serial, description (checked
// live), place and date, case and possessor. Each control has an id the error summary links to, and shows only the
// server's message for its own field (possessor.name and possessor.birthDate apart).
import { Group, NumberInput, Radio, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ProblemMessage';
import { FormSection } from '../../components/FormSection';
import { FirearmDescriptionFields } from './FirearmDescriptionFields';
import { SerialInput } from './SerialInput';
import { recoveryInputId, SERIAL_STATES, type RecoveryForm, type TextField } from './recoveryForm';

const COUNTRIES = ['MX', 'US', 'CA'] as const;

/** The server's field each text control shows errors for. */
const serverField = (field: TextField): string =>
  field === 'possessorName'
    ? 'possessor.name'
    : field === 'possessorBirthDate'
      ? 'possessor.birthDate'
      : field;

export function RecoveryFormFields({
  form,
  patch,
  error,
  possessorMasked = false,
}: {
  form: RecoveryForm;
  patch: (p: Partial<RecoveryForm>) => void;
  error: unknown;
  /** The user's role may not see the possessor: the fields are not shown, and the stored possessor is kept. */
  possessorMasked?: boolean;
}) {
  const { t } = useTranslation();
  const text = (field: TextField, extra: { type?: string; required?: boolean } = {}) => (
    <TextInput
      id={recoveryInputId(field)}
      label={t(`recordRecovery.${field}`)}
      value={form[field]}
      onChange={(e) => patch({ [field]: e.currentTarget.value })}
      error={fieldError(error, serverField(field))}
      miw={220}
      {...extra}
    />
  );

  // Typing is limited to a signed decimal, and an unfinished one ('-') is cleared on blur; out-of-range values and a
  // lone latitude or longitude are the server's to refuse, at the field.
  const coordinate = (field: 'latitude' | 'longitude', bound: number) => (
    <NumberInput
      id={recoveryInputId(field)}
      label={t(`recordRecovery.${field}`)}
      description={t('recordRecovery.coordinatesHelp')}
      value={form[field]}
      onChange={(value) => patch({ [field]: value })}
      decimalScale={6}
      min={-bound}
      max={bound}
      clampBehavior="none"
      hideControls
      error={fieldError(error, field)}
      miw={220}
    />
  );

  // A recovery made abroad keeps its country in the list when corrected.
  const countries = COUNTRIES.some((c) => c === form.recoveryCountry)
    ? COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))
    : [
        ...COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
        { value: form.recoveryCountry, label: form.recoveryCountry },
      ];

  return (
    <>
      <FormSection title={t('recordRecovery.serialSection')} id="serial-section">
        <Radio.Group
          label={t('recordRecovery.serialState')}
          value={form.serialState}
          onChange={(v) => patch({ serialState: v as RecoveryForm['serialState'] })}
          error={fieldError(error, 'serialState')}
        >
          <Group gap="lg" mt="xs">
            {SERIAL_STATES.map((s, i) => (
              <Radio
                key={s}
                value={s}
                label={t(`serialStates.${s}`)}
                id={i === 0 ? recoveryInputId('serialState') : undefined}
              />
            ))}
          </Group>
        </Radio.Group>
        {form.serialState !== 'obliterated' && (
          <SerialInput
            id={recoveryInputId('serial')}
            label={t('recordRecovery.serial')}
            description={
              form.serialState === 'partly_restored'
                ? t('recordRecovery.serialHelpPartly')
                : t('recordRecovery.serialHelp')
            }
            value={form.serial}
            onChange={(serial) => patch({ serial })}
            error={error}
          />
        )}
      </FormSection>
      <FormSection title={t('recordRecovery.firearmSection')} id="firearm-section">
        <FirearmDescriptionFields form={form} patch={patch} error={error} />
      </FormSection>
      <FormSection title={t('recordRecovery.recoverySection')} id="recovery-section">
        <Group grow align="flex-start" wrap="wrap">
          {text('recoveredOn', { type: 'date', required: true })}
          <Select
            id={recoveryInputId('recoveryCountry')}
            label={t('recordRecovery.recoveryCountry')}
            required
            data={countries}
            value={form.recoveryCountry}
            onChange={(c) => c && patch({ recoveryCountry: c })}
            allowDeselect={false}
            error={fieldError(error, 'recoveryCountry')}
            miw={220}
          />
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          {text('recoveryState')}
          {text('recoveryMunicipality')}
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          {coordinate('latitude', 90)}
          {coordinate('longitude', 180)}
        </Group>
        <Group grow align="flex-start" wrap="wrap">
          {text('caseNumber')}
          {text('crimeCode')}
        </Group>
        {possessorMasked ? (
          <Text size="sm" fs="italic">
            {t('recoveries.possessorMaskedEdit')}
          </Text>
        ) : (
          <Group grow align="flex-start" wrap="wrap">
            {text('possessorName')}
            {text('possessorBirthDate', { type: 'date' })}
          </Group>
        )}
      </FormSection>
    </>
  );
}
