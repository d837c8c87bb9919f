import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { dueDate } from '../../../domain/calendar/deadline.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import type { ProcedureContent } from '../../../domain/catalog/procedure.js';
import { receivedDigitised } from '../../../domain/dossier/digitisation.js';
import { codePattern } from '../../../domain/dossier/dossier-code.js';
import { intakeProblems, supplementItems } from '../../../domain/dossier/intake-rules.js';
import type { InterAgencyPlan } from '../../../domain/dossier/inter-agency.js';
import { POSTAL_PROBLEM_MESSAGES, postalSubmission } from '../../../domain/dossier/postal.js';
import { permittedActions } from '../../../domain/dossier/processing-access.js';
import { NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import { transferDueAt } from '../../../domain/dossier/transfer.js';
import { type DossierAction, transition } from '../../../domain/dossier/transitions.js';
import { isCheckViolation } from '../../db/connection-errors.js';
import type { DB } from '../../db/schema.js';
import { AppError, type FieldError } from '../../http/problem.js';
import { scheduleSeal } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { getSettings, usableCodeTemplate } from '../settings/settings.service.js';
import { applicantProblems } from './applicant-checks.js';
import { indexedOf, transitionRecord } from './dossier-record.js';
import { toDetail } from './dossier-view.js';
import type { DossierDetail, IntakeBody } from './dossiers.contract.js';
import { applicantColumns, storedFiles } from './dossiers.queries.js';
import { type IdempotencyScope, withIdempotency } from './idempotency.js';
import { loadAgency, resolveCompetentAgency, resolveProcedure } from './intake-routing.js';
import { type IntakeWrite, writeIntake } from './intake-writes.js';

const ACTION_OF: Record<IntakeBody['outcome'], DossierAction> = {
  received: 'receive',
  incomplete: 'return_incomplete',
  refused: 'refuse',
};

/**
 * Intake at a counter or by post (domain.md §4, §9): guard, then one transaction that takes the
 * day's sequence number, writes the dossier, its files, history, audit and outbox; a repeated
 * request with the same Idempotency-Key returns the dossier of the first.
 */
export async function intake(
  db: Kysely<DB>,
  actor: Actor,
  body: IntakeBody,
  idempotency: IdempotencyScope | undefined,
  actorName?: string,
  now = new Date(),
): Promise<{ dossierId: string; replayed: boolean; detail: DossierDetail | undefined }> {
  const receiving = await loadAgency(db, body.receivingAgencyId, 'body.receivingAgencyId');
  authorize(actor, 'dossier.receive', { agencyPath: receiving.path });

  const errors: FieldError[] = applicantProblems(body, now);
  const submittedAt = submissionTime(body, now, errors);
  const version = await resolveProcedure(db, body.procedureCode, localDate(submittedAt));
  const content = version.content;
  const way = content.ways.find((w) => w.channel === body.channel);
  if (!way)
    throw new AppError('PROCEDURE_CHANNEL_UNAVAILABLE', {
      detail: `Thủ tục ${version.nationalCode} không nhận hồ sơ ${body.channel === 'post' ? 'qua bưu chính' : 'trực tiếp'}.`,
    });
  if (body.channel === 'post' && !content.postalAllowed)
    throw new AppError('PROCEDURE_CHANNEL_UNAVAILABLE', {
      detail: 'Thủ tục thuộc danh mục không tiếp nhận qua dịch vụ bưu chính công ích.',
    });
  const problems = intakeProblems(content.components, body.components, body.outcome, {
    missingItems: body.missing.length,
    reasons: body.reasons.length,
  });
  for (const p of problems)
    errors.push({ field: `body.${p.path}`, code: p.code, message: p.message });
  if (errors.length > 0) {
    const onlyMissing = errors.every((e) => e.code === 'mandatory_missing');
    throw new AppError(onlyMissing ? 'DOSSIER_INCOMPLETE' : 'DOSSIER_INTAKE_INVALID', { errors });
  }
  const competent = await resolveCompetentAgency(db, content, receiving, body);

  const settings = await getSettings(db, [
    'dossier.transferCutoff',
    'dossier.codeTemplate',
    'files.limits',
  ]);
  const given = body.components.flatMap((c) =>
    c.files.map((f, position) => ({ componentIndex: c.index, position, ...f })),
  );
  const stored = await checkFiles(
    db,
    given.map((f) => f.sha256),
    settings['files.limits'],
  );
  const files = given.map((f) => ({
    ...f,
    ...(stored.get(f.sha256) ?? { size: 0, mediaType: '' }),
  }));

  const action = ACTION_OF[body.outcome];
  const to = transition(null, action);
  const received = body.outcome === 'received';
  const calendar = await currentCalendar(db);
  const start = submittedAt.getTime();
  const dueAt = received
    ? new Date(dueDate(calendar, start, way.timeLimit.amount, way.timeLimit.unit))
    : null;
  const transfer =
    received && competent.id !== receiving.id
      ? new Date(transferDueAt(calendar, start, settings['dossier.transferCutoff']))
      : null;

  const outcome =
    body.outcome === 'incomplete'
      ? {
          missing: supplementItems(content.components, body.components, body.missing),
          ...(body.note ? { note: body.note } : {}),
        }
      : body.outcome === 'refused'
        ? { reasons: body.reasons, ...(body.note ? { note: body.note } : {}) }
        : body.note
          ? { note: body.note }
          : null;

  const day = localDate(submittedAt);
  const components = componentRecords(content, body);
  const process = processFor(version.processes, competent.id, content.interAgency);
  const row: IntakeWrite['row'] = {
    state: to,
    national_status: NATIONAL_STATUS_OF[to],
    channel: body.channel,
    return_channel: body.returnChannel,
    procedure_version_id: version.id,
    procedure_code: version.nationalCode,
    procedure_name: content.name,
    receiving_agency_id: receiving.id,
    competent_agency_id: competent.id,
    ...applicantColumns(body.applicant, body.proxy),
    components: JSON.stringify(components),
    process: JSON.stringify(process),
    time_limit: JSON.stringify(way.timeLimit),
    submitted_at: submittedAt,
    received_at: received ? submittedAt : null,
    due_at: dueAt,
    transfer_due_at: transfer,
    acceptance_due_at: null,
    postal: body.postal ? JSON.stringify(body.postal) : null,
    outcome: outcome ? JSON.stringify(outcome) : null,
    external_system: null,
    external_id: null,
    external_code: null,
    content_hash: null,
    created_by: actor.kind === 'anonymous' ? null : actor.id,
  };
  const data = {
    channel: body.channel,
    ...(received
      ? {
          receivedAt: submittedAt.toISOString(),
          dueAt: dueAt?.toISOString(),
          digitised: receivedDigitised(body.components),
        }
      : {}),
    ...(transfer
      ? {
          transfer: {
            to: competent.id,
            dueAt: transfer.toISOString(),
            nextWorkingDay: localDate(transfer) !== day,
          },
        }
      : {}),
    ...(body.postal ? { postal: body.postal } : {}),
    ...(outcome ? { outcome } : {}),
  };
  const sequence = received
    ? {
        agencyId: receiving.id,
        day,
        ...codePattern(usableCodeTemplate(settings['dossier.codeTemplate']), receiving.code, day),
      }
    : null;
  const item: IntakeWrite = {
    id: randomUUID(),
    row,
    sequence,
    files,
    transition: transitionRecord(actor, {
      agencyId: receiving.id,
      action,
      from: null,
      to,
      at: now,
      data,
      index: indexedOf({ ...row, timeline: null }),
    }),
  };
  const write = (target: Kysely<DB> | Transaction<DB>) =>
    writeIntake(target, item).catch((error: unknown) => {
      if (isCheckViolation(error, 'dossiers_received_has_code'))
        throw new AppError('DOSSIER_SEQUENCE_EXHAUSTED', {
          detail: `Quầy ${receiving.code} đã dùng hết số thứ tự của ngày ${day}; hãy đổi mẫu mã hồ sơ sang {seq5}.`,
        });
      throw error;
    });
  let written: { id: string; code: string | null } | undefined;
  let result: { dossierId: string; replayed: boolean };
  if (idempotency) {
    result = await withIdempotency(db, idempotency, body, async (trx) => {
      written = await write(trx);
      return written.id;
    });
  } else {
    // One statement is atomic by itself (shared with other intakes arriving meanwhile): no
    // transaction to open and close.
    written = await write(db);
    result = { dossierId: written.id, replayed: false };
  }
  scheduleSeal();
  if (result.replayed || !written) return { ...result, detail: undefined };
  // What was just written is the answer: no need to read it back.
  const detail = toDetail({
    row: {
      ...row,
      id: written.id,
      code: written.code,
      version: 1,
      applicant: { ...body.applicant, proxy: body.proxy ?? null },
      components,
      process,
      time_limit: way.timeLimit,
      postal: body.postal ?? null,
      outcome,
      received_at: received ? submittedAt : null,
      due_at: dueAt,
      transfer_due_at: transfer,
      acceptance_due_at: null,
      submitted_at: submittedAt,
      external_system: null,
      external_id: null,
      external_code: null,
    },
    receiving,
    competent,
    versionNo: version.versionNo,
    files,
    history: [
      {
        at: new Date(Math.floor(now.getTime())).toISOString(),
        action,
        fromState: null,
        toState: to,
        nationalStatus: NATIONAL_STATUS_OF[to],
        actor: {
          type: actor.kind,
          id: actor.kind === 'anonymous' ? null : actor.id,
          name: actorName ?? null,
        },
        data,
      },
    ],
    mayReceive: true,
    permitted: permittedActions(actor, to, {
      receivingPath: receiving.path,
      competentPath: competent.path,
      handlerId: null,
    }),
  });
  return { ...result, detail };
}

/** Postal: the signing of the hand-over record is the submission time; the counter: now. */
function submissionTime(body: IntakeBody, now: Date, errors: FieldError[]): Date {
  if (body.channel !== 'post') {
    if (body.postal)
      errors.push({
        field: 'body.postal',
        code: 'not_postal',
        message: 'Chỉ khai phiếu gửi bưu chính khi hồ sơ nộp qua bưu chính',
      });
    return now;
  }
  if (!body.postal) {
    errors.push({
      field: 'body.postal',
      code: 'postal_required',
      message: 'Hồ sơ qua bưu chính cần số phiếu gửi và thời điểm ký biên bản giao nhận',
    });
    return now;
  }
  const { at, problem } = postalSubmission(Date.parse(body.postal.handedOverAt), now.getTime());
  if (problem)
    errors.push({
      field: 'body.postal.handedOverAt',
      code: problem,
      message: POSTAL_PROBLEM_MESSAGES[problem],
    });
  return new Date(at);
}

/** The checklist as received: each component of the version, what was provided, and its scans. */
function componentRecords(content: ProcedureContent, body: IntakeBody) {
  return content.components.map((c, index) => {
    const given = body.components.find((p) => p.index === index);
    return {
      index,
      name: c.name,
      mandatory: c.mandatory,
      provided: given?.provided ?? false,
      originals: given?.originals ?? (given?.provided ? c.originals : 0),
      copies: given?.copies ?? (given?.provided ? c.copies : 0),
      note: given?.note ?? null,
    };
  });
}

/**
 * The competent agency's own process, else the one for every agency, else none yet; with the
 * catalog's inter-agency plan (order, lead, each agency's share) when the procedure has one, so
 * that the dossier keeps the plan it was received under.
 */
export function processFor(
  processes: { agencyId: string | null; steps: unknown[] }[],
  agencyId: string,
  interAgency: InterAgencyPlan | null = null,
) {
  const chosen =
    processes.find((p) => p.agencyId === agencyId) ?? processes.find((p) => p.agencyId === null);
  if (!chosen && !interAgency) return null;
  return {
    agencyId: chosen?.agencyId ?? null,
    steps: chosen?.steps ?? [],
    ...(interAgency ? { interAgency } : {}),
  };
}

async function checkFiles(db: Kysely<DB>, hashes: string[], limits: { maxDossierBytes: number }) {
  if (hashes.length === 0) return new Map<string, { size: number; mediaType: string }>();
  const stored = await storedFiles(db, hashes);
  const missing = hashes.filter((h) => !stored.has(h));
  if (missing.length > 0)
    throw new AppError('FILE_NOT_FOUND', { detail: `Chưa tải lên: ${missing.join(', ')}` });
  const total = [...new Set(hashes)].reduce((sum, h) => sum + (stored.get(h)?.size ?? 0), 0);
  if (total > limits.maxDossierBytes)
    throw new AppError('DOSSIER_FILES_TOO_LARGE', {
      detail: `Tổng ${Math.ceil(total / 1048576)} MB; tối đa ${Math.floor(limits.maxDossierBytes / 1048576)} MB.`,
    });
  return stored;
}
