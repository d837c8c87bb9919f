import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type PasswordFieldProps = PasswordInputProps & { ref?: Ref<HTMLInputElement> };

/**
 * Mantine's own toggle label is English; this one is translated and avoids the word "mật khẩu" so
 * that the field's label stays the only thing on the page named after it.
 */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      {...props}
    />
  );
}
