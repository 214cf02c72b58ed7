// The substance lines of a draft: each names one substance (registry chemical, SMILES, CAS or name),
// with quantity and unit; every line is screened by the server when the notice is sent.
import { ActionIcon, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ProblemMessage';
import { useChemicalSearch } from '../chemicals/chemicalQueries';

export const UNITS = ['kg', 'g', 'L', 'mL', 't'] as const;
export type Unit = (typeof UNITS)[number];
export const SUBSTANCE_KINDS = ['chemicalId', 'smiles', 'cas', 'name'] as const;
export type SubstanceKind = (typeof SUBSTANCE_KINDS)[number];

export interface LineDraft {
  key: number;
  kind: SubstanceKind;
  substance: string;
  quantity: string;
  unit: Unit;
  description: string;
}

const KIND_LABELS = {
  chemicalId: 'notificationForm.kindChemical',
  smiles: 'notificationForm.kindSmiles',
  cas: 'notificationForm.kindCas',
  name: 'notificationForm.kindName',
} as const;

const isKind = (v: string): v is SubstanceKind => (SUBSTANCE_KINDS as readonly string[]).includes(v);
const isUnit = (v: string): v is Unit => (UNITS as readonly string[]).includes(v);

export function newLine(key: number): LineDraft {
  return { key, kind: 'chemicalId', substance: '', quantity: '', unit: 'kg', description: '' };
}

/** The API's line: exactly one substance field, the quantity as a number. */
export function lineBody(line: LineDraft) {
  return {
    [line.kind]: line.substance.trim(),
    quantity: Number(line.quantity),
    unit: line.unit,
    description: line.description.trim(),
  };
}

export function LinesEditor({
  lines,
  onChange,
  error,
}: {
  lines: readonly LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const chemicals = useChemicalSearch('');
  const update = (key: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  return (
    <Stack gap="sm">
      {lines.map((line, i) => {
        const n = i + 1;
        const at = (field: string) => fieldError(error, `lines.${i}.${field}`);
        const substanceError = at(line.kind) ?? at('chemicalId');
        return (
          <Paper key={line.key} withBorder p="sm" radius="md" component="fieldset">
            <Text component="legend" fw={600} size="sm" px={4}>
              {t('notificationForm.line', { n })}
            </Text>
            <Group justify="flex-end">
              {lines.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('notificationForm.removeLine', { n })}
                  onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
            <Group align="flex-start" grow>
              <NativeSelect
                label={t('notificationForm.substanceKind')}
                value={line.kind}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (isKind(value)) update(line.key, { kind: value, substance: '' });
                }}
                data={SUBSTANCE_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))}
              />
              {line.kind === 'chemicalId' ? (
                <NativeSelect
                  label={t('notificationForm.chemical')}
                  required
                  value={line.substance}
                  onChange={(e) => update(line.key, { substance: e.currentTarget.value })}
                  data={[
                    { value: '', label: t('notificationForm.chooseChemical') },
                    ...(chemicals.data ?? []).map((c) => ({ value: c.id, label: c.name })),
                  ]}
                  error={substanceError}
                />
              ) : (
                <TextInput
                  label={t('notificationForm.substance')}
                  required
                  value={line.substance}
                  onChange={(e) => update(line.key, { substance: e.currentTarget.value })}
                  error={substanceError}
                  styles={line.kind === 'smiles' ? { input: { fontFamily: 'monospace' } } : undefined}
                  autoComplete="off"
                  spellCheck={false}
                />
              )}
            </Group>
            <Group align="flex-start" grow mt="xs">
              <TextInput
                label={t('notificationForm.quantity')}
                required
                inputMode="decimal"
                value={line.quantity}
                onChange={(e) => update(line.key, { quantity: e.currentTarget.value })}
                error={at('quantity')}
              />
              <NativeSelect
                label={t('notificationForm.unit')}
                value={line.unit}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (isUnit(value)) update(line.key, { unit: value });
                }}
                data={[...UNITS]}
              />
              <TextInput
                label={t('notificationForm.description')}
                value={line.description}
                onChange={(e) => update(line.key, { description: e.currentTarget.value })}
                error={at('description')}
              />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** A saved line back in the editor's shape (for editing a draft). */
export function lineDraftOf(
  line: {
    chemical: { id: string } | null;
    name: string | null;
    cas: string | null;
    smiles: string | null;
    quantity: number;
    unit: Unit;
    description: string;
  },
  key: number,
): LineDraft {
  const [kind, substance]: [SubstanceKind, string] = line.chemical
    ? ['chemicalId', line.chemical.id]
    : line.smiles !== null
      ? ['smiles', line.smiles]
      : line.cas !== null
        ? ['cas', line.cas]
        : ['name', line.name ?? ''];
  return {
    key,
    kind,
    substance,
    quantity: String(line.quantity),
    unit: line.unit,
    description: line.description,
  };
}
