import { CatalogDocument } from '../src/domain/catalog/procedure.js';
import type { Database } from '../src/server/db/database.js';
import { importDocument } from '../src/server/features/catalog/catalog.service.js';
import { DEMO_PASSWORD, seedDemo } from '../src/server/seed/seed.service.js';
import { stableId } from '../src/server/seed/stable-id.js';
import { buildProcedureContent } from '../test/support/procedures.js';

export const BENCH_PROCEDURE = '1.001193';

/** Ten commune centres of Bắc Ninh: intake spread over counters as in a working day. */
export const BENCH_UNITS = [
  '09187',
  '09190',
  '07210',
  '07228',
  '07246',
  '07264',
  '07282',
  '07288',
  '07294',
  '07306',
];

/** Demo accounts and a published birth registration procedure, as the intake suites need. */
export async function prepareIntake(database: Database) {
  await seedDemo(database.db);
  await importDocument(
    database.db,
    { kind: 'system', id: 'bench', scopes: ['catalog.manage'], agencyPath: '/' },
    CatalogDocument.parse({
      format: 'motcua.catalog/1',
      procedures: [
        {
          nationalCode: BENCH_PROCEDURE,
          validFrom: '2025-07-01',
          content: buildProcedureContent(),
        },
      ],
    }),
  );
}

export async function signIn(baseUrl: string, username = 'motcua.tinh') {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

/** A complete counter intake at the centre of one of the ten communes, for its own commune. */
export function intakeBody(unitIndex: number, n: number): string {
  const unit = BENCH_UNITS[unitIndex % BENCH_UNITS.length] as string;
  return JSON.stringify({
    outcome: 'received',
    receivingAgencyId: stableId(`agency:commune-centre:${unit}`),
    procedureCode: BENCH_PROCEDURE,
    applicant: {
      kind: 'citizen',
      name: `Nguyễn Văn Thử ${n}`,
      idNumber: `0270950${String(n % 100_000).padStart(5, '0')}`,
      address: { unitCode: unit, detail: `Số ${n} đường Lý Thái Tổ` },
      phone: '0912345678',
    },
    components: [
      { index: 0, provided: true },
      { index: 1, provided: true },
    ],
    returnChannel: 'counter',
  });
}
