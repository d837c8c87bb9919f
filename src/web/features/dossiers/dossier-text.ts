import type { MantineColor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { UNITS, type Unit } from '../../../domain/calendar/deadline.js';
import { DOSSIER_ACTIONS, type DossierAction } from '../../../domain/dossier/transitions.js';
import { formatDate, formatDateTime } from '../../i18n/format-date.js';
import type { Language } from '../../i18n/language.js';
import { type DossierForm, type DossierState, isDossierState } from './dossier-types.js';

type NationalStatusKey = `${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;

/**
 * The national status in words. The server gives it in Vietnamese (`nationalStatusLabel`); the
 * English interface says it from the code, falling back to the server's words.
 */
export function nationalStatusText(
  t: TFunction,
  language: Language,
  code: number,
  serverLabel?: string,
): string {
  if (language === 'vi' && serverLabel) return serverLabel;
  const key = String(code) as NationalStatusKey;
  return code >= 1 && code <= 10 ? t(`dossier.nationalStatus.${key}`) : (serverLabel ?? key);
}

export const STATE_COLORS: Record<DossierState, MantineColor> = {
  awaiting_acceptance: 'orange',
  correction_requested: 'yellow',
  received: 'green',
  incomplete_at_intake: 'gray',
  refused_at_intake: 'red',
  in_progress: 'blue',
  awaiting_supplement: 'yellow',
  decided: 'teal',
  returned: 'green',
  closed_unsupplemented: 'gray',
  withdrawn: 'gray',
};

/** A time-limit unit the interface has words for (the server's type is a plain string). */
export function isUnit(unit: string): unit is Unit {
  return (UNITS as readonly string[]).includes(unit);
}

export function historyActionText(t: TFunction, action: string): string {
  return (DOSSIER_ACTIONS as readonly string[]).includes(action)
    ? t(`dossier.historyActions.${action as DossierAction}`)
    : action;
}

export function formTitle(t: TFunction, form: DossierForm): string {
  return t(`dossier.forms.${form}`);
}

const sizeFormats: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** "1,2 MB", "350 KB". */
export function fileSizeText(bytes: number, language: Language): string {
  const format = sizeFormats[language];
  if (bytes >= 1024 * 1024) return `${format.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${format.format(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export type DeadlineLevel = 'ok' | 'soon' | 'overdue';

/** Two hours of wall time is when an answer still due today must be taken up. */
const SOON_MS = 2 * 3_600_000;

export function deadlineLevel(dueAt: string, now: number): DeadlineLevel {
  const left = new Date(dueAt).getTime() - now;
  if (left < 0) return 'overdue';
  return left <= SOON_MS ? 'soon' : 'ok';
}

export const DEADLINE_COLORS: Record<DeadlineLevel, MantineColor> = {
  ok: 'teal',
  soon: 'orange',
  overdue: 'red',
};

/** "2 giờ 15 phút" / "2 h 15 min": how long until (or since) the deadline. */
export function durationText(t: TFunction, ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(t('dossier.deadline.days', { count: days }));
  if (hours > 0) parts.push(t('dossier.deadline.hours', { count: hours }));
  if (rest > 0 && days === 0) parts.push(t('dossier.deadline.minutes', { count: rest }));
  return parts.join(' ');
}

/** A state named in history, which later issues may extend: unknown ones show as they are. */
export function stateText(t: TFunction, state: string): string {
  return isDossierState(state) ? t(`dossier.states.${state}`) : state;
}

const VIETNAM_MIDNIGHT = /^00:00$/;
const timeInVietnam = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A time limit counted in days ends with its last day: midnight after it reads "hết ngày 17/12",
 * not "18/12 00:00", which an applicant would take for a day more.
 */
export function untilText(t: TFunction, iso: string): string {
  const at = new Date(iso);
  if (!VIETNAM_MIDNIGHT.test(timeInVietnam.format(at))) return formatDateTime(iso);
  return t('processing.endOfDay', { date: formatDate(new Date(at.getTime() - 1).toISOString()) });
}
