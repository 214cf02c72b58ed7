// The holder's answer to one hop: transferred to another licensed holder, sold to a retail purchaser (name,
// birth date, address), with the date; or "not in my records".
import { Alert, Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useFocusOnError } from '../../components/useFocusOnError';
import { useAnswerHop, type HopAnswer } from './holderQueries';

type Kind = 'sale' | 'transfer' | 'not_in_records';
const KINDS: readonly Kind[] = ['sale', 'transfer', 'not_in_records'];
const isKind = (v: string): v is Kind => (KINDS as readonly string[]).includes(v);

export function HopAnswerForm({ hopId, onDone }: { hopId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerHop(hopId);
  const [kind, setKind] = useState<Kind>('sale');
  const [date, setDate] = useState('');
  const [licence, setLicence] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [address, setAddress] = useState('');

  const body = (): HopAnswer => {
    if (kind === 'not_in_records') return { notInRecords: true };
    if (kind === 'transfer') return { date, soldTo: { licence } };
    return {
      date,
      soldTo: { purchaser: { name, birthDate: birthDate || null, address: address || null } },
    };
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate(body(), { onSuccess: onDone });
  };
  const error = answer.error;
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemMessage error={error} placedFields={['date', 'soldTo', 'notInRecords']} />
        {answer.isSuccess && (
          <Alert color="green" role="status">
            {t('holder.answered')}
          </Alert>
        )}
        <Radio.Group
          label={t('holder.answerKind')}
          required
          value={kind}
          onChange={(v) => {
            if (isKind(v)) setKind(v);
          }}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="sale" label={t('holder.answerSale')} />
            <Radio value="transfer" label={t('holder.answerTransfer')} />
            <Radio value="not_in_records" label={t('holder.answerNotInRecords')} />
          </Stack>
        </Radio.Group>
        {kind === 'transfer' && (
          <TextInput
            label={t('holder.transferLicence')}
            required
            value={licence}
            onChange={(e) => setLicence(e.currentTarget.value)}
            error={fieldError(error, 'soldTo.licence')}
            maw={320}
          />
        )}
        {kind === 'sale' && (
          <>
            <TextInput
              label={t('holder.purchaserName')}
              required
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(error, 'soldTo.purchaser.name')}
            />
            <TextInput
              label={t('holder.purchaserBirthDate')}
              type="date"
              value={birthDate}
              onChange={(e) => setBirthDate(e.currentTarget.value)}
              error={fieldError(error, 'soldTo.purchaser.birthDate')}
              maw={220}
            />
            <Textarea
              label={t('holder.purchaserAddress')}
              autosize
              minRows={2}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              error={fieldError(error, 'soldTo.purchaser.address')}
            />
          </>
        )}
        {kind !== 'not_in_records' && (
          <TextInput
            label={t('holder.dispositionDate')}
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError(error, 'date')}
            maw={220}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={answer.isPending}>
            {t('holder.sendAnswer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
