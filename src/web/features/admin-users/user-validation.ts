import type { TFunction } from 'i18next';

/** The same limits as the server's users contract, phrased for officers. */
export const MAX_ROLE_GRANTS = 20;
const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
// Deliberately loose: the server has the final word, this only catches typos early.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function usernameError(value: string, t: TFunction): string | null {
  const username = value.trim();
  if (!username) return t('users.validation.usernameRequired');
  if (username.length < 3 || username.length > 60) return t('users.validation.usernameLength');
  if (!USERNAME_PATTERN.test(username)) return t('users.validation.usernameChars');
  return null;
}

export function fullNameError(value: string, t: TFunction): string | null {
  const fullName = value.trim();
  if (fullName.length < 2) return t('users.validation.fullNameRequired');
  if (fullName.length > 200) return t('users.validation.fullNameTooLong');
  return null;
}

export function emailError(value: string, t: TFunction): string | null {
  const email = value.trim();
  return !email || EMAIL_PATTERN.test(email) ? null : t('users.validation.emailInvalid');
}

export function agencyError(value: string | null, t: TFunction): string | null {
  return value ? null : t('users.validation.agencyRequired');
}
