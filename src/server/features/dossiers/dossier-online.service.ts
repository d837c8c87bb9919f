import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Actor, can } from '../../../domain/access/policy.js';
import { dueDate } from '../../../domain/calendar/deadline.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { receivedDigitised } from '../../../domain/dossier/digitisation.js';
import { formatDossierCode, SequenceOverflow } from '../../../domain/dossier/dossier-code.js';
import { componentIndexProblems } from '../../../domain/dossier/intake-rules.js';
import { type DossierState, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import { type DossierAction, transition } from '../../../domain/dossier/transitions.js';
import { checkScan, SCAN_PROBLEM_MESSAGES } from '../../../domain/files/media-type.js';
import { isUniqueViolation } from '../../db/connection-errors.js';
import type { DB } from '../../db/schema.js';
import { type FileStore, sha256Hex } from '../../files/file-store.js';
import { AppError, type FieldError } from '../../http/problem.js';
import { contentHash } from '../../text/content-hash.js';
import { authorize } from '../auth/authorize.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { saveStoredFile } from '../files/files.service.js';
import { notifyCounterOfficers } from '../notifications/notifications.service.js';
import { getSetting, usableCodeTemplate } from '../settings/settings.service.js';
import { applicantProblems } from './applicant-checks.js';
import { processFor } from './dossier-intake.service.js';
import { conflict, nextState } from './dossier-problems.js';
import { indexedOf, recordTransition, transitionRecord } from './dossier-record.js';
import { nextDailySequence } from './dossier-sequence.js';
import { loadVisible } from './dossier-view.js';
import type { DvcqgDossierBody, DvcqgResubmissionBody } from './dossiers.contract.js';
import {
  agencyById,
  applicantColumns,
  findDossierByExternal,
  insertDossierFiles,
  nextFilePosition,
  resubmittedBefore,
  updateDossierState,
} from './dossiers.queries.js';
import { loadAgencyByCode, resolveCompetentAgency, resolveProcedure } from './intake-routing.js';
import { type IntakeWrite, writeIntakes } from './intake-writes.js';

const DVCQG = 'dvcqg';

/**
 * A dossier submitted on DVCQG arrives (domain.md §4, online): idempotent on DVCQG's id, the
 * 8-working-hour answer deadline set from arrival, and the counter officers told at once.
 */
export async function receiveFromDvcqg(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  body: DvcqgDossierBody,
  now = new Date(),
) {
  const hash = contentHash(body);
  const existing = await findDossierByExternal(db, DVCQG, body.dvcqgId);
  if (existing && (await withinScope(db, actor, existing.receiving_agency_id)))
    return duplicateOf(existing, hash);
  // Another agency's dossier with that id: answered below as any other delivery would be.

  const receiving = await loadAgencyByCode(db, body.receivingAgencyCode);
  const unknown: FieldError[] = [];
  if (!receiving)
    unknown.push({
      field: 'body.receivingAgencyCode',
      code: 'unknown_agency_code',
      message: `Không có cơ quan mã định danh ${body.receivingAgencyCode}`,
    });
  const competentByCode = body.competentAgencyCode
    ? await loadAgencyByCode(db, body.competentAgencyCode)
    : undefined;
  if (body.competentAgencyCode && !competentByCode)
    unknown.push({
      field: 'body.competentAgencyCode',
      code: 'unknown_agency_code',
      message: `Không có cơ quan mã định danh ${body.competentAgencyCode}`,
    });
  let version: Awaited<ReturnType<typeof resolveProcedure>> | undefined;
  try {
    version = await resolveProcedure(db, body.procedureCode, localDate(now));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    unknown.push({
      field: 'body.procedureCode',
      code: error.code === 'UNKNOWN_PROCEDURE' ? 'unknown_procedure' : 'procedure_not_in_force',
      message: error.detail ?? `Không có thủ tục mã ${body.procedureCode}`,
    });
  }
  if (!receiving || !version || unknown.length > 0)
    throw new AppError('DVCQG_UNKNOWN_CODE', { errors: unknown });
  authorize(actor, 'dossier.submit_online', { agencyPath: receiving.path });

  const errors = [
    ...applicantProblems(body, now),
    ...componentErrors(version.content.components.length, body.components),
  ];
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  const content = version.content;
  const competent = await resolveCompetentAgency(
    db,
    content,
    receiving,
    { competentAgencyId: competentByCode?.id, applicant: body.applicant },
    'body.competentAgencyCode',
  );
  const stored = await storeDvcqgFiles(db, files, actor, body);

  const calendar = await currentCalendar(db);
  const hours = await getSetting(db, 'dossier.onlineAcceptanceWorkingHours');
  const acceptanceDueAt = new Date(dueDate(calendar, now.getTime(), hours, 'working_hours'));
  const way = content.ways.find((w) => w.channel === 'online');
  if (!way)
    throw new AppError('PROCEDURE_CHANNEL_UNAVAILABLE', {
      detail: `Thủ tục ${version.nationalCode} không tiếp nhận hồ sơ trực tuyến.`,
    });
  const to = transition(null, 'arrive_online');
  try {
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      const row: IntakeWrite['row'] = {
        state: to,
        national_status: NATIONAL_STATUS_OF[to],
        channel: 'online',
        return_channel: body.returnChannel,
        procedure_version_id: version.id,
        procedure_code: version.nationalCode,
        procedure_name: content.name,
        receiving_agency_id: receiving.id,
        competent_agency_id: competent.id,
        ...applicantColumns(body.applicant, body.proxy),
        components: JSON.stringify(
          content.components.map((c, index) => {
            const given = body.components.find((p) => p.index === index);
            return {
              index,
              name: c.name,
              mandatory: c.mandatory,
              provided: given !== undefined,
              originals: 0,
              copies: 0,
              note: null,
            };
          }),
        ),
        process: JSON.stringify(
          processFor(version.processes, competent.id, version.content.interAgency),
        ),
        time_limit: JSON.stringify(way.timeLimit),
        submitted_at: new Date(body.submittedAt),
        received_at: null,
        due_at: null,
        transfer_due_at: null,
        acceptance_due_at: acceptanceDueAt,
        postal: null,
        outcome: null,
        external_system: DVCQG,
        external_id: body.dvcqgId,
        external_code: body.dvcqgCode,
        content_hash: hash,
        created_by: actor.kind === 'anonymous' ? null : actor.id,
      };
      await writeIntakes(trx, [
        {
          id,
          row,
          sequence: null,
          files: stored,
          transition: transitionRecord(actor, {
            agencyId: receiving.id,
            action: 'arrive_online',
            from: null,
            to,
            at: now,
            data: {
              dvcqgId: body.dvcqgId,
              dvcqgCode: body.dvcqgCode,
              acceptanceDueAt: acceptanceDueAt.toISOString(),
            },
            index: indexedOf({ ...row, timeline: null }),
          }),
        },
      ]);
      await notifyCounterOfficers(trx, receiving.path, {
        kind: 'dossier.arrived_online',
        dossierId: id,
        title: `Hồ sơ trực tuyến ${body.dvcqgCode} (${content.name}) chờ tiếp nhận`,
      });
    });
    return {
      id,
      dvcqgId: body.dvcqgId,
      state: to,
      nationalStatus: NATIONAL_STATUS_OF[to],
      acceptanceDueAt: acceptanceDueAt.toISOString(),
      duplicate: false,
    };
  } catch (error) {
    // The same dossier delivered twice at once: the second finds the first.
    if (!isUniqueViolation(error)) throw error;
    const first = await findDossierByExternal(db, DVCQG, body.dvcqgId);
    if (!first) throw error;
    if (!(await withinScope(db, actor, first.receiving_agency_id)))
      throw new AppError('DVCQG_DOSSIER_CONFLICT');
    return duplicateOf(first, hash);
  }
}

function componentErrors(count: number, components: { index: number }[]): FieldError[] {
  return componentIndexProblems(count, components).map((p) => ({
    field: `body.${p.path}`,
    code: p.code,
    message: p.message,
  }));
}

async function withinScope(db: Kysely<DB>, actor: Actor, agencyId: string): Promise<boolean> {
  const agency = await agencyById(db, agencyId);
  return agency !== undefined && can(actor, 'dossier.submit_online', { agencyPath: agency.path });
}

function duplicateOf(
  row: NonNullable<Awaited<ReturnType<typeof findDossierByExternal>>>,
  hash: string,
) {
  if (row.content_hash !== hash)
    throw new AppError('DVCQG_DOSSIER_CONFLICT', {
      detail: `Hồ sơ DVCQG ${row.external_id} đã nhận lúc ${row.created_at.toISOString()} với nội dung khác.`,
    });
  return {
    id: row.id,
    dvcqgId: row.external_id ?? '',
    state: row.state as DossierState,
    nationalStatus: row.national_status,
    acceptanceDueAt: (row.acceptance_due_at ?? row.created_at).toISOString(),
    duplicate: true,
  };
}

async function storeDvcqgFiles(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  body: Pick<DvcqgDossierBody, 'components'>,
  firstPosition = 0,
) {
  const { maxFileBytes, maxDossierBytes } = await getSetting(db, 'files.limits');
  const errors: FieldError[] = [];
  const decoded = body.components.flatMap((c, ci) =>
    c.files.map((f, fi) => {
      const bytes = Buffer.from(f.contentBase64, 'base64');
      const field = `body.components.${ci}.files.${fi}`;
      const check = checkScan(bytes);
      const sha256 = sha256Hex(bytes);
      if (bytes.length > maxFileBytes)
        errors.push({ field, code: 'file_too_large', message: 'Tệp vượt quá dung lượng cho phép' });
      else if (!check.ok)
        errors.push({ field, code: check.problem, message: SCAN_PROBLEM_MESSAGES[check.problem] });
      else if (f.sha256 && f.sha256 !== sha256)
        errors.push({
          field: `${field}.sha256`,
          code: 'digest_mismatch',
          message: 'Mã SHA-256 không khớp với nội dung tệp',
        });
      return {
        componentIndex: c.index,
        position: firstPosition + fi,
        name: f.name,
        sha256,
        bytes,
        mediaType: check.ok ? check.mediaType : '',
      };
    }),
  );
  const total = decoded.reduce((s, f) => s + f.bytes.length, 0);
  if (total > maxDossierBytes)
    errors.push({
      field: 'body.components',
      code: 'dossier_too_large',
      message: 'Tổng dung lượng tệp vượt quá giới hạn',
    });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  for (const f of decoded) await saveStoredFile(db, files, actor, f);
  return decoded.map(({ componentIndex, position, name, sha256 }) => ({
    componentIndex,
    position,
    name,
    sha256,
  }));
}

/**
 * An officer answers an online dossier within its 8 working hours: accept (the clock starts,
 * the code is given), ask for a correction (Form 02), or decline as not this agency's (Form 03).
 */
export async function answerOnline(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  action: Extract<DossierAction, 'accept' | 'request_correction' | 'decline_not_competent'>,
  body: {
    version: number;
    items?: { name: string; reason: string }[];
    note?: string | undefined;
    reason?: string;
  },
  now = new Date(),
) {
  const { row, receiving, competent } = await loadVisible(db, actor, id);
  authorize(actor, 'dossier.receive', { agencyPath: receiving.path });
  if (row.version !== body.version) throw conflict(row.version, row.state);
  const to = nextState(row.state, action, row.version);
  const calendar = await currentCalendar(db);
  const changes: Record<string, unknown> = { state: to, national_status: NATIONAL_STATUS_OF[to] };
  const data: Record<string, unknown> = {};
  const accepted = action === 'accept';
  if (accepted) {
    const limit = row.time_limit as { amount: number; unit: Parameters<typeof dueDate>[3] };
    const dueAt = new Date(dueDate(calendar, now.getTime(), limit.amount, limit.unit));
    changes.received_at = now;
    changes.due_at = dueAt;
    changes.acceptance_due_at = null;
    // An electronic dossier reaches the competent agency at once (domain.md §4): the paper
    // transfer rule does not apply.
    if (competent.id !== receiving.id) data.transfer = { to: competent.id, electronic: true };
    data.receivedAt = now.toISOString();
    data.dueAt = dueAt.toISOString();
    data.answeredInTime = row.acceptance_due_at ? now <= row.acceptance_due_at : true;
    data.digitised = receivedDigitised(
      row.components as { provided: boolean; files?: unknown[] }[],
    );
  } else if (action === 'request_correction') {
    changes.outcome = JSON.stringify({
      missing: body.items ?? [],
      ...(body.note ? { note: body.note } : {}),
    });
    data.items = body.items;
  } else {
    changes.outcome = JSON.stringify({ reasons: [body.reason ?? ''] });
    data.reason = body.reason;
  }
  // Accepting gives the dossier its code, unless it has one: a dossier imported from a previous
  // system while it waited for acceptance keeps the code the old system gave it.
  const drawsCode = accepted && row.code === null;
  const template = drawsCode
    ? usableCodeTemplate(await getSetting(db, 'dossier.codeTemplate'))
    : '';
  await db.transaction().execute(async (trx) => {
    const code = drawsCode
      ? numbered(
          template,
          receiving.code,
          localDate(now),
          await nextDailySequence(trx, receiving.id, localDate(now)),
        )
      : row.code;
    if (drawsCode) changes.code = code;
    const transition = transitionRecord(actor, {
      agencyId: receiving.id,
      action,
      from: row.state as DossierState,
      to,
      at: now,
      data,
      index: indexedOf(row),
    });
    changes.timeline = JSON.stringify(transition.timeline);
    if (!(await updateDossierState(trx, id, body.version, changes)))
      throw conflict(undefined, undefined);
    await recordTransition(trx, { dossierId: id, code }, transition);
  });
}

/** The code of an accepted dossier, or the named refusal when the counter's day ran out. */
function numbered(template: string, agency: string, day: string, sequence: number): string {
  try {
    return formatDossierCode(template, agency, day, sequence);
  } catch (error) {
    if (!(error instanceof SequenceOverflow)) throw error;
    throw new AppError('DOSSIER_SEQUENCE_EXHAUSTED', {
      detail: `Quầy ${agency} đã dùng hết số thứ tự của ngày ${day}; hãy đổi mẫu mã hồ sơ sang {seq5}.`,
    });
  }
}

/**
 * The applicant corrected the dossier on DVCQG: it waits for an answer again, with a new
 * 8-working-hour deadline, the new scans added to the old, and the counter officers told. A
 * repeated delivery of the same correction returns the same answer.
 */
export async function resubmitFromDvcqg(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  dvcqgId: string,
  body: DvcqgResubmissionBody,
  now = new Date(),
) {
  const row = await findDossierByExternal(db, DVCQG, dvcqgId);
  const receiving = row ? await agencyById(db, row.receiving_agency_id) : undefined;
  // Outside the token's agencies, a dossier is as absent as an unknown one.
  if (!row || !receiving || !can(actor, 'dossier.submit_online', { agencyPath: receiving.path }))
    throw new AppError('NOT_FOUND', { detail: `Không có hồ sơ DVCQG ${dvcqgId}` });
  const hash = contentHash(body);
  const receipt = (state: DossierState, acceptanceDueAt: Date | null, duplicate: boolean) => ({
    id: row.id,
    dvcqgId,
    state,
    nationalStatus: NATIONAL_STATUS_OF[state],
    acceptanceDueAt: (acceptanceDueAt ?? now).toISOString(),
    duplicate,
  });
  // A correction delivered again, whenever: the same answer, nothing changed.
  if (await resubmittedBefore(db, row.id, hash))
    return receipt(row.state as DossierState, row.acceptance_due_at, true);
  const problems = componentErrors((row.components as unknown[]).length, body.components);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { errors: problems });
  const to = nextState(row.state, 'resubmit');
  const stored = await storeDvcqgFiles(db, files, actor, body, await nextFilePosition(db, row.id));
  const calendar = await currentCalendar(db);
  const hours = await getSetting(db, 'dossier.onlineAcceptanceWorkingHours');
  const acceptanceDueAt = new Date(dueDate(calendar, now.getTime(), hours, 'working_hours'));
  await db.transaction().execute(async (trx) => {
    const supplied = new Set(body.components.map((c) => c.index));
    const components = (row.components as { index: number; provided: boolean }[]).map((c) =>
      supplied.has(c.index) ? { ...c, provided: true } : c,
    );
    const transition = transitionRecord(actor, {
      agencyId: receiving.id,
      action: 'resubmit',
      from: row.state as DossierState,
      to,
      at: now,
      data: {
        resubmittedAt: body.resubmittedAt,
        acceptanceDueAt: acceptanceDueAt.toISOString(),
        files: stored.length,
        contentHash: hash,
      },
      index: indexedOf(row),
    });
    const changed = await updateDossierState(trx, row.id, row.version, {
      state: to,
      national_status: NATIONAL_STATUS_OF[to],
      acceptance_due_at: acceptanceDueAt,
      components: JSON.stringify(components),
      // What was asked for is answered; the request itself stays in the history.
      outcome: null,
      timeline: JSON.stringify(transition.timeline),
    });
    if (!changed) throw conflict(undefined, undefined);
    await insertDossierFiles(trx, row.id, stored);
    await recordTransition(trx, { dossierId: row.id, code: row.code }, transition);
    await notifyCounterOfficers(trx, receiving.path, {
      kind: 'dossier.resubmitted_online',
      dossierId: row.id,
      title: `Hồ sơ trực tuyến ${row.external_code ?? dvcqgId} đã được bổ sung, chờ tiếp nhận`,
    });
  });
  return receipt(to, acceptanceDueAt, false);
}
