// Second-factor enrolment, required before anything else when the user's agency makes it mandatory.
import { Button, Center, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { adoptSession, SESSION_KEY, useSignOut } from '../../app/session';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';

export function TotpEnrollmentPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [code, setCode] = useState('');
  const setup = useMutation({ mutationFn: async () => unwrap(await api.POST('/api/v1/me/totp/setup')) });
  const enable = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/me/totp/enable', { body: { code } })),
    onSuccess: (session) => queryClient.setQueryData(SESSION_KEY, adoptSession(session)),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    enable.mutate();
  };

  return (
    <>
      <header>
        <Group justify="flex-end" p="md" gap="sm">
          <LanguageSwitcher />
          <Button variant="default" size="sm" onClick={() => signOut.mutate()}>
            {t('app.signOut')}
          </Button>
        </Group>
      </header>
      <Center component="main" id="main-content" px="md" mih="calc(100vh - 80px)">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={520}>
          <Stack>
            <Title order={1} size="h3">
              {t('totpEnrollment.title')}
            </Title>
            <Text size="sm">{t('totpEnrollment.intro')}</Text>
            <ProblemMessage error={setup.error ?? enable.error} placedFields={['code']} />
            {!setup.data ? (
              <Button onClick={() => setup.mutate()} loading={setup.isPending} w="fit-content">
                {t('totpEnrollment.start')}
              </Button>
            ) : (
              <form onSubmit={submit} noValidate>
                <Stack>
                  <div>
                    <Text size="sm" fw={500}>
                      {t('totpEnrollment.secret')}
                    </Text>
                    <Code block data-testid="totp-secret">
                      {setup.data.secret}
                    </Code>
                  </div>
                  <div>
                    <Text size="sm" fw={500}>
                      {t('totpEnrollment.uri')}
                    </Text>
                    <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                      {setup.data.otpauthUri}
                    </Code>
                  </div>
                  <TextInput
                    label={t('totpEnrollment.code')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    required
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
                    error={fieldError(enable.error, 'code')}
                  />
                  <Button type="submit" loading={enable.isPending} w="fit-content">
                    {t('totpEnrollment.enable')}
                  </Button>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>
      </Center>
    </>
  );
}
