import { Button, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLogin2 } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/language-switch.js';
import { PasswordField } from '../../ui/password-field.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { signIn } from './auth-api.js';
import { replaceSession } from './session-query.js';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const usernameRef = useFocusOnMount<HTMLInputElement>();
  const passwordRef = useRef<HTMLInputElement>(null);

  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : t('auth.usernameRequired')),
      password: (value) => (value ? null : t('auth.passwordRequired')),
    },
  });

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      replaceSession(queryClient, session);
      await navigate({ to: '/' });
    },
    // Usually the password was mistyped: clear it and put the caret back there.
    onError: () => {
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    },
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="xs">
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper component="main" withBorder shadow="xs" p="xl" radius="md">
          <Stack gap={4} mb="lg">
            <Text fw={700} c="blue.8">
              {t('app.productName')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
            <Title order={1} size="h2" mt="sm">
              {t('auth.signInTitle')}
            </Title>
          </Stack>
          <form
            noValidate
            onSubmit={form.onSubmit((values) =>
              mutation.mutate({ username: values.username.trim(), password: values.password }),
            )}
          >
            <Stack>
              {mutation.isError && <ProblemAlert error={mutation.error} />}
              <TextInput
                ref={usernameRef}
                label={t('auth.username')}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                {...form.getInputProps('username')}
              />
              <PasswordField
                ref={passwordRef}
                label={t('auth.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button
                type="submit"
                loading={mutation.isPending}
                leftSection={<IconLogin2 size={18} aria-hidden />}
              >
                {t('auth.signIn')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
