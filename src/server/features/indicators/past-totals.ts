import { type RawBuilder, sql } from 'kysely';
import { MEASURES } from '../../../domain/indicators/contributions.js';

const LIST = sql.raw(MEASURES.join(', '));
const SUMS = sql.raw(MEASURES.map((m) => `coalesce(sum(x.${m}), 0) AS ${m}`).join(', '));
const COLUMNS = sql.raw(MEASURES.map((m) => `past.${m}`).join(', '));
const MONTH_SUMS = sql.raw(MEASURES.map((m) => `sum(past.${m})`).join(', '));
const ADD = sql.raw(MEASURES.map((m) => `${m} = r.${m} + EXCLUDED.${m}`).join(', '));

/**
 * Rollup rows of days that may already be in the totals (decision 0016), added to the totals of
 * those days and of their months if closed, as the common table expressions `past`, `h`, `td`,
 * `tm` of a statement. `source` is a FROM list giving rows `x` with `agency_id`, `day` and the
 * measures. The share lock on the horizon, taken only when there are such rows, is held to the
 * end of the transaction: the daily totalling cannot move the horizon meanwhile, so each row is
 * counted once whether the totalling runs before or after. Used by every change that may reach a
 * past day (a postal dossier received days back) and by an import of past dossiers.
 */
export function pastTotals(source: RawBuilder<unknown>) {
  return sql`past AS (SELECT x.agency_id, x.day, ${SUMS}
    FROM ${source}
    WHERE x.day < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - 1
    GROUP BY x.agency_id, x.day),
  h AS (SELECT totals_before FROM dossier_rollup_horizon
    WHERE EXISTS (SELECT 1 FROM past) FOR SHARE),
  td AS (INSERT INTO dossier_rollup_totals AS r (agency_id, first_day, last_day, ${LIST})
    SELECT past.agency_id, past.day, past.day, ${COLUMNS}
    FROM past, h WHERE past.day < h.totals_before
    ORDER BY past.agency_id, past.day
    ON CONFLICT (agency_id, first_day, last_day) DO UPDATE SET ${ADD}),
  tm AS (INSERT INTO dossier_rollup_totals AS r (agency_id, first_day, last_day, ${LIST})
    SELECT past.agency_id, date_trunc('month', past.day)::date,
      (date_trunc('month', past.day) + interval '1 month' - interval '1 day')::date, ${MONTH_SUMS}
    FROM past, h WHERE (date_trunc('month', past.day) + interval '1 month')::date <= h.totals_before
    GROUP BY past.agency_id, date_trunc('month', past.day)
    ORDER BY past.agency_id, date_trunc('month', past.day)
    ON CONFLICT (agency_id, first_day, last_day) DO UPDATE SET ${ADD})`;
}
