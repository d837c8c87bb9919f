import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '../../ui/focus-first-error.js';

export interface LookupValues {
  code: string;
  verifier: string;
}

/** A dossier code (as printed on the receipt) and, optionally, what proves it is one's own. */
export function LookupForm({
  initial,
  withCode = true,
  submitLabel,
  onSubmit,
  autoFocus = false,
}: {
  initial: LookupValues;
  withCode?: boolean;
  submitLabel: string;
  onSubmit: (values: LookupValues) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<LookupValues>({
    initialValues: initial,
    validate: {
      code: (value) => (!withCode || value.trim() ? null : t('lookup.codeRequired')),
      verifier: (value) => (withCode || value.trim() ? null : t('lookup.verifierRequired')),
    },
  });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          onSubmit({
            code: values.code.trim().replace(/\s+/g, ''),
            verifier: values.verifier.trim(),
          }),
        (errors) => focusFirstError(formRef.current, errors),
      )}
    >
      <Stack gap="sm">
        {withCode && (
          <TextInput
            label={t('lookup.code')}
            description={t('lookup.codeHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            size="md"
            autoFocus={autoFocus}
            {...form.getInputProps('code')}
          />
        )}
        <TextInput
          label={t('lookup.verifier')}
          description={withCode ? t('lookup.verifierHint') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required={!withCode}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          size="md"
          {...form.getInputProps('verifier')}
        />
        <Group>
          <Button type="submit" size="md" leftSection={<IconSearch size={18} aria-hidden />}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
