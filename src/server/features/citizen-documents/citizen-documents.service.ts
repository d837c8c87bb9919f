import type { Kysely } from 'kysely';
import { type Actor, scopesFor } from '../../../domain/access/policy.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import type { DB } from '../../db/schema.js';
import type { FileStore } from '../../files/file-store.js';
import { AppError } from '../../http/problem.js';
import { nameInForce } from '../agencies/agencies.queries.js';
import { factsOf } from '../dossiers/dossier-facts.js';
import { loadVisible } from '../dossiers/dossier-view.js';
import type { CitizenDocumentList } from './citizen-documents.contract.js';

/**
 * The citizen's data store (Kho quản lý dữ liệu điện tử, domain.md §4): the electronic results
 * kept under their document codes. Every officer who receives or processes dossiers may read
 * it, wherever the owner's dossiers were handled: that is what lets a later dossier reuse a
 * result instead of asking the citizen for it again.
 */
function mayRead(actor: Actor) {
  if (scopesFor(actor, 'dossier.receive').length > 0) return true;
  return scopesFor(actor, 'dossier.process').length > 0;
}

function guard(actor: Actor) {
  if (!mayRead(actor))
    throw new AppError(actor.kind === 'anonymous' ? 'AUTH_REQUIRED' : 'FORBIDDEN');
}

const iso = (d: Date) => d.toISOString();

export async function documentsOf(
  db: Kysely<DB>,
  actor: Actor,
  query: { ownerIdNumber: string; includeReplaced: boolean },
): Promise<CitizenDocumentList> {
  guard(actor);
  let q = db
    .selectFrom('citizen_documents as c')
    .innerJoin('stored_files as f', 'f.sha256', 'c.file_sha256')
    .innerJoin('dossiers as d', 'd.id', 'c.dossier_id')
    .innerJoin('agencies as a', 'a.id', 'c.issuing_agency_id')
    .select([
      'c.id',
      'c.document_code',
      'c.result_type_code',
      'c.title',
      'c.issued_at',
      'c.issuing_agency_id',
      'c.dossier_id',
      'd.code as dossier_code',
      'c.file_sha256',
      'f.size',
      'f.media_type',
      'c.replaced_at',
      'c.replaced_by',
      'c.replacement_reason',
      nameInForce('a', localDate(new Date())).as('agency_name'),
    ])
    .where('c.owner_id_number', '=', query.ownerIdNumber)
    .orderBy('c.issued_at', 'desc')
    .orderBy('c.id')
    .limit(500);
  if (!query.includeReplaced) q = q.where('c.replaced_at', 'is', null);
  const rows = await q.execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      documentCode: r.document_code,
      resultTypeCode: r.result_type_code,
      title: r.title,
      issuedAt: iso(r.issued_at),
      issuingAgency: { id: r.issuing_agency_id, name: r.agency_name ?? '' },
      dossier: { id: r.dossier_id, code: r.dossier_code },
      file: { sha256: r.file_sha256, size: Number(r.size), mediaType: r.media_type },
      replaced: r.replaced_at
        ? { at: iso(r.replaced_at), byId: r.replaced_by, reason: r.replacement_reason }
        : null,
    })),
  };
}

/** The bytes of one kept result, with what to name it. */
export async function documentFile(db: Kysely<DB>, files: FileStore, actor: Actor, id: string) {
  guard(actor);
  const row = await db
    .selectFrom('citizen_documents as c')
    .innerJoin('stored_files as f', 'f.sha256', 'c.file_sha256')
    .select(['c.document_code', 'c.file_sha256', 'f.media_type'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { detail: 'Không có kết quả này trong kho dữ liệu' });
  const extension = row.media_type === 'application/pdf' ? 'pdf' : row.media_type.split('/')[1];
  return {
    bytes: await files.get(row.file_sha256),
    mediaType: row.media_type,
    filename: `${row.document_code.replace(/[^0-9A-Za-z.-]/g, '_')}.${extension}`,
  };
}

/** A dossier's electronic result in force, for whoever may see the dossier. */
export async function dossierResultFile(
  db: Kysely<DB>,
  files: FileStore,
  actor: Actor,
  dossierId: string,
) {
  const { row } = await loadVisible(db, actor, dossierId);
  const result = factsOf(row).result;
  if (!result?.fileSha256)
    throw new AppError('NOT_FOUND', { detail: 'Hồ sơ chưa có tệp kết quả điện tử' });
  const stored = await db
    .selectFrom('stored_files')
    .select('media_type')
    .where('sha256', '=', result.fileSha256)
    .executeTakeFirstOrThrow();
  const name = (result.documentCode ?? row.code ?? row.id).replace(/[^0-9A-Za-z.-]/g, '_');
  return {
    bytes: await files.get(result.fileSha256),
    mediaType: stored.media_type,
    filename: `ket-qua-${name}.${stored.media_type === 'application/pdf' ? 'pdf' : stored.media_type.split('/')[1]}`,
  };
}
