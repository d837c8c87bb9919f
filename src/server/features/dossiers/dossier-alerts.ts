import { type Kysely, sql } from 'kysely';
import { ROLE_PERMISSIONS } from '../../../domain/access/permissions.js';
import { ROLES } from '../../../domain/access/roles.js';
import type { DB } from '../../db/schema.js';
import { formatInstantShort } from '../../forms/vi-format.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { urgencyBounds } from '../inbox/inbox.service.js';

/**
 * The warnings the sweeps give (issue "Dossier processing" §5, §9): a dossier with at most one
 * working day left ("likely late": time to file the apology and extension request), a dossier
 * past its due time, and an online dossier not answered within its 8 working hours. Each is given
 * once per dossier and due time: the row in `dossier_alerts` is written in the same transaction as
 * the notices, and its key makes a second sweep (another instance, the next minute) give nothing.
 */
export type AlertKind = 'likely_late' | 'overdue' | 'acceptance_overdue';

const rolesWith = (permission: (typeof ROLE_PERMISSIONS)[keyof typeof ROLE_PERMISSIONS][number]) =>
  ROLES.filter((r) => ROLE_PERMISSIONS[r].includes(permission));

interface Due {
  dossier_id: string;
  due_at: Date;
  code: string | null;
  procedure_name: string;
}

function title(kind: AlertKind, d: Due): string {
  const due = formatInstantShort(d.due_at.toISOString());
  const name = `Hồ sơ ${d.code ?? ''} — ${d.procedure_name}`;
  switch (kind) {
    case 'likely_late':
      return `${name}: còn không quá 1 ngày làm việc đến hạn ${due}; nếu không kịp, gửi văn bản xin lỗi và đề nghị gia hạn (Mẫu 04)`;
    case 'overdue':
      return `${name}: đã quá hạn giải quyết (hạn ${due})`;
    case 'acceptance_overdue':
      return `${name}: hồ sơ trực tuyến quá 8 giờ làm việc chưa được tiếp nhận (hạn ${due})`;
  }
}

/** The dossiers owed a warning of this kind, claimed in `dossier_alerts` (none twice). */
function claim(kind: AlertKind, now: Date, before: Date, batch: number) {
  const window =
    kind === 'acceptance_overdue'
      ? sql`d.state = 'awaiting_acceptance' AND d.acceptance_due_at < ${now}`
      : kind === 'overdue'
        ? sql`d.state IN ('received', 'in_progress') AND d.due_at < ${now}`
        : sql`d.state IN ('received', 'in_progress') AND d.due_at >= ${now} AND d.due_at < ${before}`;
  const due = kind === 'acceptance_overdue' ? sql.ref('d.acceptance_due_at') : sql.ref('d.due_at');
  return sql<Due>`
    WITH candidates AS (
      SELECT d.id, ${due} AS due_at, d.code, d.procedure_name FROM dossiers d
      WHERE ${window}
        AND NOT EXISTS (SELECT 1 FROM dossier_alerts a
          WHERE a.dossier_id = d.id AND a.kind = ${kind} AND a.due_at = ${due})
      ORDER BY ${due}, d.id
      LIMIT ${batch}),
    claimed AS (
      INSERT INTO dossier_alerts (dossier_id, kind, due_at)
      SELECT id, ${kind}, due_at FROM candidates
      ON CONFLICT DO NOTHING
      RETURNING dossier_id, due_at)
    SELECT c.dossier_id, c.due_at, x.code, x.procedure_name
    FROM claimed c JOIN candidates x ON x.id = c.dossier_id`;
}

/**
 * Whom to tell: the handler and the competent agency's leaders of a dossier at work; for an
 * online dossier unanswered, the counter officers told of its arrival (those whose scope covers
 * the receiving centre) and the supervisors whose scope covers it.
 */
function recipients(kind: AlertKind, ids: string[]) {
  const list = sql.join(ids.map((id) => sql`${id}::uuid`));
  if (kind === 'acceptance_overdue')
    return sql<{ dossier_id: string; user_id: string }>`
      SELECT DISTINCT d.id AS dossier_id, u.id AS user_id
      FROM dossiers d
      JOIN agencies ra ON ra.id = d.receiving_agency_id
      JOIN role_grants g ON g.role IN (${sql.join([
        ...rolesWith('dossier.receive'),
        ...rolesWith('dossier.extension.decide'),
      ])})
      JOIN agencies ga ON ga.id = g.agency_id AND starts_with(ra.path, ga.path)
      JOIN users u ON u.id = g.user_id AND u.active
      WHERE d.id IN (${list})`;
  return sql<{ dossier_id: string; user_id: string }>`
    SELECT d.id AS dossier_id, d.handler_id AS user_id FROM dossiers d
    WHERE d.id IN (${list}) AND d.handler_id IS NOT NULL
    UNION
    SELECT d.id, u.id FROM dossiers d
    JOIN role_grants g ON g.agency_id = d.competent_agency_id
      AND g.role IN (${sql.join(rolesWith('dossier.assign'))})
    JOIN users u ON u.id = g.user_id AND u.active
    WHERE d.id IN (${list})`;
}

/** Gives the warnings owed now, in batches; the number of dossiers warned, per kind. */
export async function warnOfDeadlines(db: Kysely<DB>, now = new Date(), batch = 200) {
  const { likelyLateBefore } = urgencyBounds(now, await currentCalendar(db));
  const warned: Record<AlertKind, number> = {
    likely_late: 0,
    overdue: 0,
    acceptance_overdue: 0,
  };
  for (const kind of ['overdue', 'likely_late', 'acceptance_overdue'] as const) {
    for (;;) {
      const count = await db.transaction().execute(async (trx) => {
        const { rows } = await claim(kind, now, likelyLateBefore, batch).execute(trx);
        if (rows.length === 0) return 0;
        const to = (
          await recipients(
            kind,
            rows.map((r) => r.dossier_id),
          ).execute(trx)
        ).rows;
        const byDossier = new Map(rows.map((r) => [r.dossier_id, r]));
        const notices = to.map((r) => {
          const d = byDossier.get(r.dossier_id) as Due;
          return {
            user_id: r.user_id,
            kind: `dossier.${kind}`,
            dossier_id: d.dossier_id,
            title: title(kind, d),
          };
        });
        if (notices.length > 0) await trx.insertInto('notifications').values(notices).execute();
        await trx
          .insertInto('outbox')
          .values(
            rows.map((d) => ({
              topic: 'notify.officers',
              key: d.dossier_id,
              payload: JSON.stringify({
                kind: `dossier.${kind}`,
                dossierId: d.dossier_id,
                title: title(kind, d),
                dueAt: d.due_at.toISOString(),
                recipients: to.filter((r) => r.dossier_id === d.dossier_id).map((r) => r.user_id),
              }),
            })),
          )
          .execute();
        return rows.length;
      });
      warned[kind] += count;
      if (count < batch) break;
    }
  }
  return warned;
}
