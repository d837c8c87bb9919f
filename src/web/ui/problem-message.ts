import { ApiError } from '../api/api-error.js';
import type { Language } from '../i18n/language.js';
import { PROBLEM_MESSAGES_EN } from '../i18n/problem-messages-en.js';

/** What to tell a person about a failure: the server's Vietnamese title, or its English twin. */
export function problemMessage(error: unknown, language: Language, fallback: string): string {
  if (!(error instanceof ApiError)) return fallback;
  if (language === 'en') return PROBLEM_MESSAGES_EN[error.code] ?? error.title;
  return error.title;
}

/** Detail is written in Vietnamese by the server, so it is shown only in the Vietnamese UI. */
export function problemDetail(error: unknown, language: Language): string | undefined {
  if (!(error instanceof ApiError) || language !== 'vi') return undefined;
  return error.detail;
}
