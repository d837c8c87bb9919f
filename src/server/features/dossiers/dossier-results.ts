import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Command, DossierFacts } from '../../../domain/dossier/processing.js';
import {
  checkResultDocumentCode,
  type DocumentCodeProblem,
} from '../../../domain/dossier/result-document.js';
import type { DB } from '../../db/schema.js';
import { AppError } from '../../http/problem.js';
import { publishedVersion } from '../catalog/catalog.service.js';
import type { DossierRow } from './dossiers.queries.js';

const PROBLEM_TEXT: Record<DocumentCodeProblem, (expected?: string) => string> = {
  mismatch: (expected) =>
    `Mã kết quả phải là số định danh của chủ hồ sơ và mã loại kết quả: ${expected ?? ''}`,
  type_missing: () =>
    'Loại kết quả chưa có mã trong danh mục: mã kết quả phải bắt đầu bằng số định danh của chủ hồ sơ và dấu chấm',
  owner_missing: () => 'Chủ hồ sơ không có số định danh: không thể gán mã kết quả',
};

type ResultCommand = Extract<Command, { action: 'approve' | 'correct_result' }>;

export interface ResolvedResult {
  command: ResultCommand;
  title: string;
  resultTypeCode: string | null;
}

/**
 * A result as the catalog and the rule make it (domain.md §4 "Results"): its type is one of the
 * procedure's, its document code the owner's ID number + that type's code (checked when the
 * officer typed one), and its electronic file one already uploaded.
 */
export async function resolveResult(
  db: Kysely<DB>,
  row: DossierRow,
  command: ResultCommand,
): Promise<ResolvedResult> {
  const { content } = await publishedVersion(db, row.procedure_version_id);
  const index = command.resultType ?? 0;
  const type = content.results[index];
  if (!type)
    throw new AppError('VALIDATION_FAILED', {
      errors: [
        {
          field: 'resultType',
          code: 'unknown',
          message: `Thủ tục chỉ có ${content.results.length} loại kết quả`,
        },
      ],
    });
  const keepsCode = command.action === 'correct_result' && command.documentCode === undefined;
  const check = checkResultDocumentCode({
    ownerIdNumber: row.applicant_id_number,
    resultTypeCode: type.resultTypeCode,
    given: command.documentCode,
  });
  if (!check.ok)
    throw new AppError('RESULT_DOCUMENT_CODE_INVALID', {
      detail: PROBLEM_TEXT[check.problem](check.expected),
      errors: [
        {
          field: 'documentCode',
          code: check.problem,
          message: PROBLEM_TEXT[check.problem](check.expected),
        },
      ],
      ...(check.expected ? { extra: { expectedDocumentCode: check.expected } } : {}),
    });
  if (command.fileSha256) {
    const stored = await db
      .selectFrom('stored_files')
      .select('sha256')
      .where('sha256', '=', command.fileSha256)
      .executeTakeFirst();
    if (!stored)
      throw new AppError('FILE_NOT_FOUND', {
        detail: `Chưa tải lên tệp kết quả ${command.fileSha256}`,
        errors: [{ field: 'fileSha256', code: 'not_uploaded', message: 'Tệp chưa được tải lên' }],
      });
  }
  return {
    command: keepsCode && check.code === null ? command : { ...command, documentCode: check.code },
    title: type.name,
    resultTypeCode: type.resultTypeCode,
  };
}

/**
 * Keeps an electronic result in the citizen's data store under its code, in the transaction of
 * the approval or correction. The document it replaces (the erroneous one, or an earlier result
 * of the same code for the same owner) stays, marked replaced, with the reason.
 */
export async function keepInDataStore(
  trx: Transaction<DB>,
  row: DossierRow,
  facts: DossierFacts,
  resolved: ResolvedResult,
  issuingAgencyId: string,
  now: Date,
) {
  const result = facts.result;
  if (result?.kind !== 'granted' || !result.fileSha256 || !result.documentCode) return;
  if (!row.applicant_id_number) return;
  const current = await trx
    .selectFrom('citizen_documents')
    .select(['document_code', 'file_sha256'])
    .where('dossier_id', '=', row.id)
    .where('replaced_at', 'is', null)
    .executeTakeFirst();
  // A correction that changes neither the file nor the code leaves the store as it is.
  if (current?.document_code === result.documentCode && current.file_sha256 === result.fileSha256)
    return;
  const id = randomUUID();
  const owner = row.applicant_id_number;
  await trx
    .insertInto('citizen_documents')
    .values({
      id,
      owner_id_number: owner,
      document_code: result.documentCode,
      result_type_code: resolved.resultTypeCode ?? result.documentCode.slice(owner.length + 1),
      title: resolved.title,
      file_sha256: result.fileSha256,
      dossier_id: row.id,
      issuing_agency_id: issuingAgencyId,
      issued_at: now,
    })
    .execute();
  const reason =
    resolved.command.action === 'correct_result'
      ? resolved.command.reason
      : 'Cấp kết quả mới cùng mã';
  await trx
    .updateTable('citizen_documents')
    .set({ replaced_at: now, replaced_by: id, replacement_reason: reason })
    .where('replaced_at', 'is', null)
    .where('id', '<>', id)
    .where((eb) =>
      eb.or([
        eb('dossier_id', '=', row.id),
        eb.and([
          eb('owner_id_number', '=', owner),
          eb('document_code', '=', result.documentCode as string),
        ]),
      ]),
    )
    .execute();
}
