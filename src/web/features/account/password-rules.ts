import type { TFunction } from 'i18next';

/** Mirrors the server's limits, so officers learn about them before submitting. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function passwordLengthError(value: string, t: TFunction): string | null {
  if (value.length < PASSWORD_MIN_LENGTH)
    return t('password.tooShort', { min: PASSWORD_MIN_LENGTH });
  if (value.length > PASSWORD_MAX_LENGTH)
    return t('password.tooLong', { max: PASSWORD_MAX_LENGTH });
  return null;
}

export function passwordConfirmError(value: string, password: string, t: TFunction): string | null {
  return value === password ? null : t('password.mismatch');
}
