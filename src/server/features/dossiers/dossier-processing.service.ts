import type { Kysely, Transaction } from 'kysely';
import { type Actor, can } from '../../../domain/access/policy.js';
import {
  type Applied,
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  ProcessingRefusal,
} from '../../../domain/dossier/processing.js';
import { mayTake } from '../../../domain/dossier/processing-access.js';
import type { DossierState } from '../../../domain/dossier/states.js';
import { DossierTransitionError } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { notifyApplicant, notifyUser } from '../notifications/notifications.service.js';
import { activeUserActor } from '../users/users.queries.js';
import { columnsOf, factsOf } from './dossier-facts.js';
import { conflict, forbiddenTransition } from './dossier-problems.js';
import { recordTransition } from './dossier-record.js';
import { keepInDataStore, type ResolvedResult, resolveResult } from './dossier-results.js';
import { loadVisible, subjectOf } from './dossier-view.js';
import type { IntakeAgency } from './dossiers.queries.js';
import { updateDossierState } from './dossiers.queries.js';

/** The officer's command as the API takes it; `claim` is always for the one who sends it. */
export type ProcessingCommand = Command & { version: number };

/**
 * One action on a dossier: guard (access, version, the rules of processing.ts), then one
 * transaction with the new facts, the history, audit and outbox entries, and the notices. Two
 * officers acting on the same version: the second gets 409 with the current state.
 */
export async function act(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  body: ProcessingCommand,
  now = new Date(),
  /** More writes of the caller's in the same transaction (a notice, a delivery record). */
  also?: (trx: Transaction<DB>) => Promise<void>,
): Promise<void> {
  const { row, receiving, competent } = await loadVisible(db, actor, id);
  const { version, ...given } = body;
  if (!mayTake(actor, given.action, subjectOf(row, receiving, competent)))
    throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
  if (row.version !== version) throw conflict(row.version, row.state);
  let command: Command =
    given.action === 'claim' ? { action: 'claim', handlerId: actorId(actor) } : given;
  let result: ResolvedResult | undefined;
  if (command.action === 'approve' || command.action === 'correct_result') {
    result = await resolveResult(db, row, command);
    command = result.command;
  }
  if (command.action === 'assign' || (command.action === 'forward' && command.handlerId))
    await checkHandler(db, command.handlerId as string, competent);
  const calendar = await currentCalendar(db);
  let applied: Applied;
  try {
    applied = apply(factsOf(row), command, {
      now: now.getTime(),
      calendar,
      rules: DEFAULT_PROCESSING_RULES,
    });
  } catch (error) {
    throw refusal(error, row.state, row.version);
  }
  const { facts, data } = applied;
  await db.transaction().execute(async (trx) => {
    if (!(await updateDossierState(trx, id, version, columnsOf(facts))))
      throw conflict(undefined, undefined);
    await recordTransition(trx, actor, {
      dossierId: id,
      code: row.code,
      agencyId: competent.id,
      action: command.action,
      from: row.state as DossierState,
      to: facts.state,
      at: now,
      // The command itself is kept, so that the history replays to the facts (processing.ts).
      data: { ...data, command },
    });
    if ((command.action === 'assign' || command.action === 'forward') && facts.handlerId)
      if (facts.handlerId !== actorId(actor))
        await notifyUser(trx, facts.handlerId, {
          kind: 'dossier.assigned',
          dossierId: id,
          title: `Hồ sơ ${row.code ?? ''} — ${row.procedure_name}: được giao xử lý`,
        });
    if (command.action === 'decide_extension' && command.approve && facts.dueAt !== null)
      await notifyApplicant(trx, {
        kind: 'dossier.extended',
        dossierId: id,
        code: row.code,
        text: `Hồ sơ ${row.code ?? ''} được gia hạn giải quyết đến ${formatLocal(facts.dueAt)}. Cơ quan giải quyết xin lỗi ông/bà vì sự chậm trễ.`,
      });
    if (command.action === 'request_supplement' || command.action === 'approve')
      await notifyApplicant(trx, {
        kind: command.action === 'approve' ? 'dossier.result_ready' : 'dossier.supplement',
        dossierId: id,
        code: row.code,
        text:
          command.action === 'approve'
            ? `Hồ sơ ${row.code ?? ''} đã có kết quả.`
            : `Hồ sơ ${row.code ?? ''} cần bổ sung, hoàn thiện; thời gian giải quyết tạm dừng.`,
      });
    if (result) await keepInDataStore(trx, row, facts, result, competent.id, now);
    await also?.(trx);
  });
}

function actorId(actor: Actor): string {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN');
  return actor.id;
}

/** Only an active officer who may process at the competent agency can be given the dossier. */
async function checkHandler(db: Kysely<DB>, userId: string, competent: IntakeAgency) {
  const handler = await activeUserActor(db, userId);
  if (!handler || !can(handler, 'dossier.process', { agencyPath: competent.path }))
    throw new AppError('HANDLER_INVALID');
}

function refusal(error: unknown, state: string, version: number): unknown {
  const extra = { state, version };
  if (error instanceof ProcessingRefusal) return new AppError(error.code, { extra });
  if (error instanceof DossierTransitionError)
    return forbiddenTransition(state, error.action, version);
  return error;
}

const LOCAL = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

function formatLocal(t: number): string {
  return LOCAL.format(new Date(t));
}
