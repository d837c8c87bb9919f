import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_OFFICE_HOURS } from '../../../domain/calendar/calendar-types.js';
import type { DB } from '../../db/schema.js';

/**
 * Rules that domain.md calls configurable live in the settings table; the defaults here apply
 * until an administrator stores a value.
 */
export const SETTING_DEFAULTS = {
  'auth.lockout': { maxFailures: 5, lockMinutes: 15 },
  'auth.sessionTtlHours': 12,
  'calendar.officeHours': DEFAULT_OFFICE_HOURS,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

export async function getSetting<K extends SettingKey>(
  db: Kysely<DB> | Transaction<DB>,
  key: K,
): Promise<(typeof SETTING_DEFAULTS)[K]> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return (row?.value as (typeof SETTING_DEFAULTS)[K] | undefined) ?? SETTING_DEFAULTS[key];
}
