// Chooses a company for a role on the notice (exporter, importer, consignee) or adds a new one inline,
// reused on later notices. The new company's identifier field follows its country (RFC, EIN, BN).
import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { PARTIES_KEY, type Party } from './notificationQueries';

type Country = 'MX' | 'US' | 'CA';
const ID_FIELD = { MX: 'rfc', US: 'ein', CA: 'bn' } as const;
const ID_LABEL = {
  MX: 'notificationForm.partyRfc',
  US: 'notificationForm.partyEin',
  CA: 'notificationForm.partyBn',
} as const;
const isCountry = (v: string): v is Country => v === 'MX' || v === 'US' || v === 'CA';

function NewParty({ title, onCreated }: { title: string; onCreated: (party: Party) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [country, setCountry] = useState<Country>('MX');
  const [identifier, setIdentifier] = useState('');
  const [address, setAddress] = useState('');
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/parties', {
          body: {
            name,
            country,
            address,
            identifiers: identifier.trim() ? { [ID_FIELD[country]]: identifier.trim() } : {},
          },
        }),
      ),
    onSuccess: (party) => {
      void queryClient.invalidateQueries({ queryKey: PARTIES_KEY });
      onCreated(party);
    },
  });
  const error = create.error;
  const idField = `identifiers.${ID_FIELD[country]}`;
  return (
    <Paper withBorder p="sm" radius="md" component="fieldset">
      <Text component="legend" fw={600} size="sm" px={4}>
        {title}
      </Text>
      <Stack gap="xs">
        <ProblemMessage error={error} placedFields={['name', 'country', 'address', 'identifiers']} />
        <TextInput
          label={t('notificationForm.partyName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError(error, 'name')}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t('notificationForm.partyCountry')}
            value={country}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isCountry(value)) setCountry(value);
            }}
            data={(['MX', 'US', 'CA'] as const).map((c) => ({ value: c, label: t(`countries.${c}`) }))}
          />
          <TextInput
            label={t(ID_LABEL[country])}
            value={identifier}
            onChange={(e) => setIdentifier(e.currentTarget.value)}
            error={fieldError(error, idField)}
          />
        </Group>
        <Textarea
          label={t('notificationForm.partyAddress')}
          required
          autosize
          minRows={2}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          error={fieldError(error, 'address')}
        />
        <Group justify="flex-end">
          <Button variant="light" onClick={() => create.mutate()} loading={create.isPending}>
            {t('notificationForm.createParty')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function PartyPicker({
  label,
  parties,
  value,
  onChange,
  optional = false,
  error,
}: {
  label: string;
  parties: readonly Party[];
  value: string;
  onChange: (id: string) => void;
  optional?: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const empty = optional ? t('notificationForm.noConsignee') : t('notificationForm.chooseParty');
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <NativeSelect
          label={label}
          required={!optional}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          data={[
            { value: '', label: empty },
            ...parties.map((p) => ({ value: p.id, label: `${p.name} (${p.country})` })),
          ]}
          error={error}
          style={{ flex: 1 }}
        />
        <Button
          variant="default"
          onClick={() => setAdding((a) => !a)}
          aria-expanded={adding}
          aria-label={t('notificationForm.newPartyTitle', { role: label })}
        >
          {t('notificationForm.newParty')}
        </Button>
      </Group>
      {adding && (
        <NewParty
          title={t('notificationForm.newPartyTitle', { role: label })}
          onCreated={(party) => {
            onChange(party.id);
            setAdding(false);
          }}
        />
      )}
    </Stack>
  );
}
