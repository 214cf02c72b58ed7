// Creates an API token; the secret is shown once, with a copy button, then never again.
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';

type Scope = 'read' | 'write';

function CreateTokenDialogContent({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [days, setDays] = useState<number>(90);
  const create = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/me/tokens', { body: { name, scopes, expiresInDays: days } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['me', 'tokens'] }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <>
      {create.data ? (
        <Stack>
          <Alert color="yellow" role="status">
            {t('tokens.createdWarning')}
          </Alert>
          <Code block data-testid="new-token" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {create.data.token}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={create.data.token}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ProblemMessage error={create.error} placedFields={['name', 'scopes', 'expiresInDays']} />
            <TextInput
              label={t('tokens.name')}
              required
              maxLength={100}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(create.error, 'name')}
              data-autofocus
            />
            <Checkbox.Group
              label={t('tokens.scopes')}
              required
              value={scopes}
              onChange={(value) => setScopes(value.filter((v): v is Scope => v === 'read' || v === 'write'))}
              error={fieldError(create.error, 'scopes')}
            >
              <Group mt="xs">
                <Checkbox value="read" label={t('tokens.scopeRead')} />
                <Checkbox value="write" label={t('tokens.scopeWrite')} />
              </Group>
            </Checkbox.Group>
            <NumberInput
              label={t('tokens.expiresInDays')}
              min={1}
              max={365}
              allowDecimal={false}
              value={days}
              onChange={(value) => setDays(typeof value === 'number' ? value : Number(value) || 0)}
              error={fieldError(create.error, 'expiresInDays')}
              w={200}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('common.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function CreateTokenDialog(props: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { opened, onClose } = props;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('tokens.create')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <CreateTokenDialogContent {...props} />
    </Modal>
  );
}
