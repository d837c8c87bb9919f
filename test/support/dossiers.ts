import { deflateSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Actor } from '../../src/domain/access/policy.js';
import { CatalogDocument, type ProcedureContentInput } from '../../src/domain/catalog/procedure.js';
import type { DB } from '../../src/server/db/schema.js';
import { importDocument } from '../../src/server/features/catalog/catalog.service.js';
import type { IntakeBodyInput } from '../../src/server/features/dossiers/dossiers.contract.js';
import { agencyIds, KINH_BAC } from './factories.js';
import { buildProcedureContent, buildProvincialContent, threeStepProcess } from './procedures.js';

const SEED: Actor = { kind: 'system', id: 'test', scopes: ['catalog.manage'], agencyPath: '/' };

/** Commune-level (birth registration, 1 working day, by post too) and provincial (10 days). */
export const COMMUNE_CODE = '1.001193';
export const PROVINCIAL_CODE = '2.000635';
export const NOT_POSTAL_CODE = PROVINCIAL_CODE;
export const NOT_BOUNDARY_FREE_CODE = '1.004873';

/** Publishes test procedures (in force since 1 July 2025) through the catalog's own import. */
export async function publishTestProcedures(
  db: Kysely<DB>,
  extra: { code: string; content: ProcedureContentInput }[] = [],
) {
  const entries = [
    {
      nationalCode: COMMUNE_CODE,
      validFrom: '2025-07-01',
      content: buildProcedureContent(),
      processes: [{ agencyId: null, steps: threeStepProcess(1) }],
    },
    {
      nationalCode: PROVINCIAL_CODE,
      validFrom: '2025-07-01',
      content: buildProvincialContent(),
      processes: [],
    },
    {
      nationalCode: NOT_BOUNDARY_FREE_CODE,
      validFrom: '2025-07-01',
      content: buildProcedureContent({ name: 'Đăng ký kết hôn', boundaryFree: false }),
      processes: [],
    },
    ...extra.map((e) => ({
      nationalCode: e.code,
      validFrom: '2025-07-01',
      content: e.content,
      processes: [],
    })),
  ];
  await importDocument(
    db,
    SEED,
    CatalogDocument.parse({ format: 'motcua.catalog/1', procedures: entries }),
  );
}

/** A complete counter intake of a birth registration at the provincial centre. */
export function buildIntake(overrides: Partial<IntakeBodyInput> = {}): IntakeBodyInput {
  return {
    outcome: 'received',
    receivingAgencyId: agencyIds.provincialCentre,
    procedureCode: COMMUNE_CODE,
    applicant: {
      kind: 'citizen',
      name: 'Nguyễn Thị Hường',
      idNumber: '027095001234',
      address: { unitCode: KINH_BAC, detail: 'Số 5 đường Nguyễn Trãi' },
      phone: '0912345678',
    },
    components: [
      { index: 0, provided: true },
      { index: 1, provided: true },
    ],
    returnChannel: 'counter',
    ...overrides,
  };
}

/** A small, whole PDF: header, one object, a cross-reference and %%EOF. */
export function samplePdf(text = 'ban quet'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\nxref\n0 1\n0000000000 65535 f \ntrailer << /Size 1 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n`,
    'latin1',
  );
}

/** A 1×1 PNG with correct chunks (the CRCs are not checked, the structure is). */
export function samplePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
