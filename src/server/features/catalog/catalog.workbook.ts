import type { Kysely } from 'kysely';
import type { Actor } from '../../../domain/access/policy.js';
import { CatalogDocument } from '../../../domain/catalog/procedure.js';
import type { DB } from '../../db/schema.js';
import { AppError, type FieldError } from '../../http/problem.js';
import { authorizeCatalog, exportDocument, importDocument } from './catalog.service.js';
import {
  documentFromWorkbook,
  rowOf,
  workbookFromDocument,
  type XlsxPosition,
} from './catalog.xlsx.js';

/** "Thành phần hồ sơ!7.copies": where in the workbook a problem is, as a person finds it. */
const where = (p: XlsxPosition) => `${p.sheet}!${p.row}.${p.field}`;

/**
 * Imports a workbook with the same rules as the JSON import: cell problems, then the schema, then
 * the catalog's own rules, every problem reported by sheet, row and column, nothing saved unless
 * all rows are valid.
 */
export async function importWorkbook(db: Kysely<DB>, actor: Actor, buffer: Buffer) {
  await authorizeCatalog(db, actor); // before reading a file of up to 10 MB
  const { document, problems } = await documentFromWorkbook(buffer);
  const errors: FieldError[] = problems.map((p) => ({
    field: where(p),
    code: 'invalid_cell',
    message: p.reason,
  }));
  const reported = new Set(errors.map((e) => e.field));
  const parsed = CatalogDocument.safeParse(document);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const position = rowOf(document, issue.path);
      const field = position ? where(position) : issue.path.join('.');
      if (reported.has(field)) continue; // the cell was already reported as unreadable
      reported.add(field);
      errors.push({ field, code: issue.code, message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) throw new AppError('IMPORT_INVALID', { errors });
  return importDocument(db, actor, parsed.data, new Date(), (path) => {
    const position = rowOf(document, path);
    return position ? where(position) : path.join('.');
  });
}

export async function exportWorkbook(db: Kysely<DB>): Promise<Buffer> {
  return workbookFromDocument(await exportDocument(db));
}
