import type { Kysely, Transaction } from 'kysely';
import { type Actor, can } from '../../../domain/access/policy.js';
import { isElectronic } from '../../../domain/dossier/inter-agency.js';
import {
  type Applied,
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  ProcessingRefusal,
} from '../../../domain/dossier/processing.js';
import { mayTake } from '../../../domain/dossier/processing-access.js';
import {
  type DossierState,
  isReadOnlyImport,
  NATIONAL_STATUS_OF,
} from '../../../domain/dossier/states.js';
import { DossierTransitionError } from '../../../domain/dossier/transitions.js';
import type { DB } from '../../db/schema.js';
import { formatInstantShort } from '../../forms/vi-format.js';
import { AppError } from '../../http/problem.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import {
  notifyCounterOfficers,
  notifyLeadersOf,
  notifyOfficersWith,
  notifyUser,
} from '../notifications/notifications.service.js';
import { activeOfficer } from '../users/users.service.js';
import { columnsOf, factsOf } from './dossier-facts.js';
import { conflict, forbiddenTransition } from './dossier-problems.js';
import { indexedOf, transitionRecord } from './dossier-record.js';
import { keepInDataStore, type ResolvedResult, resolveResult } from './dossier-results.js';
import { forgetRow, keepRow, rowAfter } from './dossier-row-cache.js';
import { loadVisible, subjectOf } from './dossier-view.js';
import { type DossierRow, filesOf, findDossier, type IntakeAgency } from './dossiers.queries.js';
import {
  type OfficerNotice,
  type OutboxMessage,
  type TransitionWrite,
  writeTransition,
} from './transition-writes.js';

/** What an action answers when the caller asks for no more (\`Prefer: return=minimal\`). */
export interface ActionOutcome {
  id: string;
  version: number;
  state: DossierState;
  nationalStatus: number;
}

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
): Promise<ActionOutcome> {
  const { version, ...given } = body;
  const { row, receiving, competent, holding } = await loadVisible(db, actor, id, version);
  if (!mayTake(actor, given.action, subjectOf(row, receiving, competent, holding)))
    throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
  if (row.version !== version) throw conflict(row.version, row.state);
  if (isReadOnlyImport(row.processing)) throw new AppError('DOSSIER_IMPORTED_READ_ONLY');
  let command: Command =
    given.action === 'claim' ? { action: 'claim', handlerId: actorId(actor) } : given;
  if (command.action === 'send_to_agencies')
    command = { action: 'send_to_agencies', parallel: await electronic(db, row) };
  if (command.action === 'return_from_agency') {
    const at = holding.find((a) => a.id === (command as { agencyId: string }).agencyId);
    // Only for an agency of one's own; an agency holding no part is refused by the rules.
    if (at && !can(actor, 'dossier.process', { agencyPath: at.path }))
      throw new AppError('FORBIDDEN');
  }
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
  const write: TransitionWrite = {
    id,
    version,
    columns: columnsOf(facts),
    transition: transitionRecord(actor, {
      agencyId: competent.id,
      action: command.action,
      from: row.state as DossierState,
      to: facts.state,
      at: now,
      // The command itself is kept, so that the history replays to the facts (processing.ts).
      data: { ...data, command },
      index: indexedOf(row),
    }),
    ...noticesOf(command, facts, row, actor),
  };
  // Most actions are this one write, grouped with others arriving at the same time; those that
  // also write elsewhere (the data store, notices found by role) take a transaction of their own.
  const outcome: ActionOutcome = {
    id,
    version: version + 1,
    state: facts.state,
    nationalStatus: NATIONAL_STATUS_OF[facts.state],
  };
  const written =
    !result && !also && !WRITES_MORE.has(command.action)
      ? await writeTransition(db, write)
      : await db.transaction().execute(async (trx) => {
          if (!(await writeTransition(trx, write))) return false;
          if (result) await keepInDataStore(trx, row, facts, result, competent.id, now);
          await tellTheCentre(trx, row, command, receiving);
          if (command.action === 'send_to_agencies' || command.action === 'return_from_agency')
            await tellOfHandOver(trx, row, data, facts.handlerId);
          await also?.(trx);
          return true;
        });
  if (!written) throw await movedOn(db, id);
  keepRow(db, rowAfter(row, write.columns, write.transition));
  return outcome;
}

/** Somebody changed the dossier between the read and the write: 409 with what it is now. */
async function movedOn(db: Kysely<DB>, id: string) {
  forgetRow(db, id);
  const now = await findDossier(db, id);
  return conflict(now?.version, now?.state);
}

/** Actions whose writes go beyond the dossier's own (see tellTheCentre, tellOfHandOver). */
const WRITES_MORE = new Set<Command['action']>([
  'request_extension',
  'approve',
  'refuse_after_appraisal',
  'request_supplement',
  'send_to_agencies',
  'return_from_agency',
  'correct_result',
]);

/** The notices an action gives to named people: the new handler, the applicant. */
function noticesOf(command: Command, facts: DossierFacts, row: DossierRow, actor: Actor) {
  const notices: OfficerNotice[] = [];
  const messages: OutboxMessage[] = [];
  const name = `Hồ sơ ${row.code ?? ''}`;
  const handed = command.action === 'assign' || command.action === 'forward';
  if (handed && facts.handlerId && facts.handlerId !== actorId(actor)) {
    const notice = {
      kind: 'dossier.assigned',
      title: `${name} — ${row.procedure_name}: được giao xử lý`,
    };
    notices.push({ userId: facts.handlerId, ...notice });
    messages.push({
      topic: 'notify.officers',
      payload: { ...notice, dossierId: row.id, recipients: [facts.handlerId] },
    });
  }
  const applicant = (kind: string, text: string) =>
    messages.push({
      topic: 'notify.applicant',
      payload: { kind, dossierId: row.id, code: row.code, text },
    });
  if (command.action === 'decide_extension' && command.approve && facts.dueAt !== null)
    applicant(
      'dossier.extended',
      `${name} được gia hạn giải quyết đến ${formatLocal(facts.dueAt)}. Cơ quan giải quyết xin lỗi ông/bà vì sự chậm trễ.`,
    );
  if (command.action === 'request_supplement')
    applicant(
      'dossier.supplement',
      `${name} cần bổ sung, hoàn thiện; thời gian giải quyết tạm dừng.`,
    );
  if (command.action === 'approve') applicant('dossier.result_ready', `${name} đã có kết quả.`);
  return { notices, messages };
}

/**
 * What the receiving centre must act on is brought to it: an extension request to the
 * supervisors who decide it; a result to hand over, and a supplement to take from the applicant,
 * to the counter officers.
 */
async function tellTheCentre(
  trx: Transaction<DB>,
  row: DossierRow,
  command: Command,
  receiving: IntakeAgency,
) {
  const name = `Hồ sơ ${row.code ?? ''} — ${row.procedure_name}`;
  const notice = (kind: string, title: string) => ({ kind, dossierId: row.id, title });
  if (command.action === 'request_extension')
    await notifyOfficersWith(
      trx,
      'dossier.extension.decide',
      receiving.path,
      notice('dossier.extension_requested', `${name}: đề nghị gia hạn, chờ Trung tâm quyết định`),
    );
  if (command.action === 'approve' || command.action === 'refuse_after_appraisal')
    await notifyCounterOfficers(
      trx,
      receiving.path,
      notice('dossier.decided', `${name}: đã có kết quả, chờ trả cho người nộp`),
    );
  if (command.action === 'request_supplement')
    await notifyCounterOfficers(
      trx,
      receiving.path,
      notice('dossier.awaiting_supplement', `${name}: chờ người nộp bổ sung, hoàn thiện hồ sơ`),
    );
}

/** Electronic (online, or every paper scanned) dossiers go to all partner agencies at once. */
async function electronic(db: Kysely<DB>, row: DossierRow): Promise<boolean> {
  const files = await filesOf(db, row.id);
  const components = (row.components as { index: number; provided: boolean }[]).map((c) => ({
    provided: c.provided,
    files: files.filter((f) => f.component_index === c.index).length,
  }));
  return isElectronic({ channel: row.channel, components });
}

/** The agencies a dossier is handed to are told (their leaders assign it); the lead's handler when it is back. */
async function tellOfHandOver(
  trx: Transaction<DB>,
  row: DossierRow,
  data: Record<string, unknown>,
  handlerId: string | null,
) {
  const to = [
    ...((data.sent as { toAgencyId: string }[] | undefined) ?? []).map((s) => s.toAgencyId),
    ...(typeof data.toAgencyId === 'string' && data.toAgencyId !== data.fromAgencyId
      ? [data.toAgencyId]
      : []),
  ];
  const name = `Hồ sơ liên thông ${row.code ?? ''} — ${row.procedure_name}`;
  const toOthers = to.filter((a) => a !== row.competent_agency_id);
  if (toOthers.length > 0)
    await notifyLeadersOf(trx, toOthers, {
      kind: 'dossier.inter_agency_received',
      dossierId: row.id,
      title: `${name}: được chuyển đến để xử lý phần việc của cơ quan`,
    });
  if (to.includes(row.competent_agency_id) && handlerId)
    await notifyUser(trx, handlerId, {
      kind: 'dossier.inter_agency_returned',
      dossierId: row.id,
      title: `${name}: các cơ quan phối hợp đã xử lý xong, hồ sơ trở lại cơ quan chủ trì`,
    });
}

function actorId(actor: Actor): string {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN');
  return actor.id;
}

/** Only an active officer who may process at the competent agency can be given the dossier. */
async function checkHandler(db: Kysely<DB>, userId: string, competent: IntakeAgency) {
  const handler = await activeOfficer(db, userId);
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

function formatLocal(t: number): string {
  return formatInstantShort(new Date(t).toISOString());
}
