import { type Kysely, sql } from 'kysely';
import { ROLE_PERMISSIONS } from '../../../domain/access/permissions.js';
import type { Actor } from '../../../domain/access/policy.js';
import { ROLES } from '../../../domain/access/roles.js';
import { mayTake } from '../../../domain/dossier/processing-access.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { loadVisible, subjectOf } from './dossier-view.js';

const PROCESSORS = ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('dossier.process'));

/**
 * The officers a dossier may be given to (assigned, or handed the next step): active, and able
 * to process at its competent agency — the same test the action applies. Listed for whoever may
 * assign it or hand it on, so that a specialist can name the next step's handler without the
 * right to read every user.
 */
export async function handlersFor(db: Kysely<DB>, actor: Actor, id: string) {
  const { row, receiving, competent, holding } = await loadVisible(db, actor, id);
  const subject = subjectOf(row, receiving, competent, holding);
  if (!mayTake(actor, 'assign', subject) && !mayTake(actor, 'forward', subject))
    throw new AppError('FORBIDDEN');
  const { rows } = await sql<{ id: string; full_name: string; roles: string[] }>`
    SELECT u.id, u.full_name, array_agg(DISTINCT g.role ORDER BY g.role) AS roles
    FROM users u
    JOIN role_grants g ON g.user_id = u.id AND g.role IN (${sql.join(PROCESSORS)})
    JOIN agencies a ON a.id = g.agency_id
    WHERE u.active AND starts_with(${competent.path}, a.path)
    GROUP BY u.id, u.full_name
    ORDER BY u.full_name, u.id
    LIMIT 500`.execute(db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.full_name,
      roles: r.roles,
      current: r.id === row.handler_id,
    })),
  };
}
