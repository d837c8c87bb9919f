import type { Kysely, Transaction } from 'kysely';
import { DEFAULT_OFFICE_HOURS } from '../../../domain/calendar/calendar-types.js';
import { DEFAULT_CODE_TEMPLATE, templateProblems } from '../../../domain/dossier/dossier-code.js';
import { revisionCache } from '../../db/reference-revisions.js';
import type { DB } from '../../db/schema.js';

/**
 * Rules that domain.md calls configurable live in the settings table; the defaults here apply
 * until an administrator stores a value.
 */
export const SETTING_DEFAULTS = {
  'auth.lockout': { maxFailures: 5, lockMinutes: 15 },
  'auth.sessionTtlHours': 12,
  'calendar.officeHours': DEFAULT_OFFICE_HOURS,
  /** domain.md §4: the layout of dossier codes (see domain/dossier/dossier-code.ts). */
  'dossier.codeTemplate': DEFAULT_CODE_TEMPLATE as string,
  /** Paper dossiers received after this local time go to the competent agency the next working day. */
  'dossier.transferCutoff': '15:00' as string,
  /** Online dossiers: working hours to accept, ask for a correction or decline (domain.md §4). */
  'dossier.onlineAcceptanceWorkingHours': 8 as number,
  /** Scans: the largest file, and the most a dossier may carry in all. */
  'files.limits': { maxFileBytes: 20 * 1024 * 1024, maxDossierBytes: 100 * 1024 * 1024 } as {
    maxFileBytes: number;
    maxDossierBytes: number;
  },
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;

/** Every stored setting, kept in memory until a setting changes (reference revisions). */
const storedSettings = revisionCache('settings', async (db) => {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  return new Map(rows.map((r) => [r.key, r.value]));
});

async function stored(db: Kysely<DB> | Transaction<DB>): Promise<Map<string, unknown>> {
  return storedSettings(db);
}

export async function getSetting<K extends SettingKey>(
  db: Kysely<DB> | Transaction<DB>,
  key: K,
): Promise<(typeof SETTING_DEFAULTS)[K]> {
  const all = await stored(db);
  return (all.get(key) as (typeof SETTING_DEFAULTS)[K] | undefined) ?? SETTING_DEFAULTS[key];
}

/**
 * The dossier code template in force: a stored one that could make codes repeat (no agency, no
 * date, no sequence) is not used; the default applies and the problem is logged by the caller.
 */
export function usableCodeTemplate(stored: string): string {
  return templateProblems(stored).length === 0 ? stored : DEFAULT_CODE_TEMPLATE;
}

/** Several settings at once, each falling back to its default. */
export async function getSettings<K extends SettingKey>(
  db: Kysely<DB> | Transaction<DB>,
  keys: readonly K[],
): Promise<{ [P in K]: (typeof SETTING_DEFAULTS)[P] }> {
  const all = await stored(db);
  return Object.fromEntries(
    keys.map((k) => [k, all.has(k) ? all.get(k) : SETTING_DEFAULTS[k]]),
  ) as { [P in K]: (typeof SETTING_DEFAULTS)[P] };
}
