// Sign-in: email and password, then — when the account has an authenticator app — the six-digit code.
import { Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { adoptSession, SESSION_KEY } from '../../app/session';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';

interface Credentials {
  email: string;
  password: string;
  totpCode?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);

  const signIn = useMutation({
    mutationFn: async (body: Credentials) => unwrap(await api.POST('/api/v1/session', { body })),
    onSuccess: (session) => queryClient.setQueryData(SESSION_KEY, adoptSession(session)),
    onError: (error) => {
      if (error instanceof ApiError && error.kind === 'totp-required') setNeedsCode(true);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(needsCode ? { email, password, totpCode } : { email, password });
  };
  const codePrompt = signIn.error instanceof ApiError && signIn.error.kind === 'totp-required';
  const shownError = codePrompt ? null : signIn.error;

  return (
    <>
      <header>
        <Group justify="flex-end" p="md">
          <LanguageSwitcher />
        </Group>
      </header>
      <Center component="main" id="main-content" px="md" mih="calc(100vh - 80px)">
        <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <div>
                <Text fw={800} size="xl" c="indigo.9">
                  {t('app.name')}
                </Text>
                <Title order={1} size="h3" mt={4}>
                  {needsCode ? t('signIn.totpTitle') : t('signIn.title')}
                </Title>
                <Text c="dimmed" size="sm" mt={4}>
                  {needsCode ? t('signIn.totpIntro') : t('signIn.intro')}
                </Text>
              </div>
              <ProblemMessage error={shownError} placedFields={['email', 'password', 'totpCode']} />
              {needsCode ? (
                <TextInput
                  label={t('signIn.totpCode')}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  autoFocus
                  value={totpCode}
                  onChange={(e) => setTotpCode(e.currentTarget.value.replace(/\D/g, ''))}
                  error={fieldError(signIn.error, 'totpCode')}
                />
              ) : (
                <>
                  <TextInput
                    label={t('signIn.email')}
                    type="email"
                    autoComplete="username"
                    required
                    value={email}
                    onChange={(e) => setEmail(e.currentTarget.value)}
                    error={fieldError(signIn.error, 'email')}
                  />
                  <PasswordInput
                    label={t('signIn.password')}
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                    error={fieldError(signIn.error, 'password')}
                  />
                </>
              )}
              <Group justify="space-between">
                {needsCode && (
                  <Button
                    variant="subtle"
                    onClick={() => {
                      setNeedsCode(false);
                      setTotpCode('');
                      signIn.reset();
                    }}
                  >
                    {t('signIn.back')}
                  </Button>
                )}
                <Button type="submit" loading={signIn.isPending} ml="auto">
                  {needsCode ? t('signIn.verify') : t('signIn.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Center>
    </>
  );
}
