import { Readable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForceProgress } from '../../../../test/support/brute-force-progress.js';
import { COMMUNE_CODE, publishTestProcedures } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import { createTestApp, expectProblem, type TestApp } from '../../../../test/support/test-app.js';
import { retotalPastDays } from '../indicators/indicators.service.js';
import { importDossiers, loadAgencyMap } from './dossier-import.service.js';

let t: TestApp;
const kinhBac = agencyIds.commune(KINH_BAC);

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  const codes = await t.db
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('id', 'in', [kinhBac, agencyIds.provincialCentre])
    .execute();
  const code = (id: string) => codes.find((c) => c.id === id)?.code as string;
  // The old systems' identifiers: Bắc Ninh's city centre and its ward, before the merger.
  const map = await loadAgencyMap(
    t.db,
    `old_code,agency_code,note\nH27.TP,${code(agencyIds.provincialCentre)},TP Bắc Ninh cũ\nH27.TP.KB,${code(kinhBac)},"Phường Kinh Bắc, cũ"\n`,
    'test',
  );
  expect(map).toEqual({ saved: 2, problems: [] });
  // The totals of past days exist before the import: it must add to them, not beside them.
  await retotalPastDays(t.db);
});
afterAll(() => t.close());

const at = (local: string) => `${local}:00+07:00`;

/** A dossier of Kinh Bắc received at the counter in March 2025, finished as the steps say. */
function dossier(
  n: number,
  received: string,
  due: string,
  statuses: [string, number][],
  more: Record<string, unknown> = {},
) {
  const decided = statuses.find(([, s]) => s === 9)?.[0];
  const returned = statuses.find(([, s]) => s === 10)?.[0];
  return {
    source: 'igate-bacninh',
    code: `000.00.27.H27-2503${String(n).padStart(2, '0')}-0001`,
    procedure: { code: COMMUNE_CODE },
    receivingAgency: 'H27.TP',
    competentAgency: 'H27.TP.KB',
    applicant: {
      kind: 'citizen',
      name: `Người nộp ${n}`,
      idNumber: `02709500${String(n).padStart(4, '0')}`,
    },
    channel: 1,
    submittedAt: at(received),
    receivedAt: at(received),
    dueAt: at(due),
    statuses: [[received, 2] as [string, number], ...statuses].map(([when, status]) => ({
      at: at(when),
      status,
    })),
    ...(decided
      ? {
          result: {
            kind: 'granted',
            decidedAt: at(decided),
            documentCode: `02709500${n}-KS`,
            ...(returned ? { returnedAt: at(returned) } : {}),
          },
        }
      : {}),
    ...more,
  };
}

const E_FILE = 'a'.repeat(64);

/**
 * Eight dossiers with hand-computed fates for March 2025 (the period's end: 31 March 24:00):
 * 1 early, 2 on time (decided on its due day), 3 late, 4 one supplementation then early on the new
 * due date, 5 two supplementations (late whatever the dates), 6 open past its due date, 7 open
 * and not yet due, 8 online and digitised, early, with its electronic result.
 */
const FILE = [
  dossier(
    1,
    '2025-03-03T09:00',
    '2025-03-10T17:00',
    [
      ['2025-03-03T10:00', 4],
      ['2025-03-05T10:00', 9],
      ['2025-03-06T09:00', 10],
    ],
    {
      result: {
        kind: 'granted',
        decidedAt: at('2025-03-05T10:00'),
        documentCode: 'KS-1',
        fileSha256: E_FILE,
        returnedAt: at('2025-03-06T09:00'),
      },
    },
  ),
  dossier(2, '2025-03-03T09:30', '2025-03-07T17:00', [
    ['2025-03-04T08:00', 4],
    ['2025-03-07T15:00', 9],
    ['2025-03-07T16:00', 10],
  ]),
  dossier(3, '2025-03-04T08:00', '2025-03-06T17:00', [
    ['2025-03-04T09:00', 4],
    ['2025-03-10T09:00', 9],
  ]),
  dossier(
    4,
    '2025-03-10T08:00',
    '2025-03-12T17:00',
    [
      ['2025-03-10T09:00', 4],
      ['2025-03-11T09:00', 5],
      ['2025-03-14T10:00', 4],
      ['2025-03-17T10:00', 9],
    ],
    {
      supplements: [
        {
          requestedAt: at('2025-03-11T09:00'),
          items: ['Tờ khai có chữ ký'],
          answeredAt: at('2025-03-14T10:00'),
          newDueAt: at('2025-03-18T17:00'),
        },
      ],
    },
  ),
  dossier(
    5,
    '2025-03-10T08:30',
    '2025-03-14T17:00',
    [
      ['2025-03-10T09:00', 4],
      ['2025-03-11T09:00', 5],
      ['2025-03-12T09:00', 4],
      ['2025-03-13T09:00', 5],
      ['2025-03-14T09:00', 4],
      ['2025-03-17T09:00', 9],
    ],
    {
      supplements: [
        {
          requestedAt: at('2025-03-11T09:00'),
          answeredAt: at('2025-03-12T09:00'),
          newDueAt: at('2025-03-19T17:00'),
        },
        {
          requestedAt: at('2025-03-13T09:00'),
          answeredAt: at('2025-03-14T09:00'),
          newDueAt: at('2025-03-21T17:00'),
        },
      ],
    },
  ),
  dossier(6, '2025-03-20T08:00', '2025-03-25T17:00', [['2025-03-20T09:00', 4]]),
  dossier(7, '2025-03-28T08:00', '2025-04-04T17:00', [['2025-03-28T09:00', 4]]),
  {
    ...dossier(
      8,
      '2025-03-05T10:00',
      '2025-03-12T17:00',
      [
        ['2025-03-05T11:00', 4],
        ['2025-03-07T10:00', 9],
        ['2025-03-07T10:30', 10],
      ],
      {
        result: {
          kind: 'granted',
          decidedAt: at('2025-03-07T10:00'),
          documentCode: 'KS-8',
          fileSha256: E_FILE,
          returnedAt: at('2025-03-07T10:30'),
        },
        components: [
          { name: 'Tờ khai', digitised: true },
          { name: 'Giấy chứng sinh', digitised: true, reused: true },
        ],
      },
    ),
    channel: 2,
    submittedAt: at('2025-03-05T08:00'),
  },
];

const jsonl = (lines: unknown[], end = '\n') =>
  lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + end;
const run = (text: string) =>
  importDossiers(t.db, Readable.from([Buffer.from(text)]), { fileName: 'test.jsonl' });

const MARCH = {
  start: Date.parse(at('2025-03-01T00:00')),
  end: Date.parse(at('2025-04-01T00:00')),
};

/** Everything an import writes, as one fingerprint: a re-import must leave it as it is. */
async function fingerprint() {
  const { rows } = await sql<{ f: string }>`
    SELECT md5(coalesce((SELECT string_agg(d::text, '|' ORDER BY d.id) FROM dossiers d), '')) ||
      md5(coalesce((SELECT string_agg(e::text, '|' ORDER BY e.id) FROM dossier_events e), '')) ||
      md5(coalesce((SELECT string_agg(r::text, '|' ORDER BY r.agency_id, r.day, r.procedure_code, r.channel, r.shard) FROM dossier_rollups r), '')) ||
      md5(coalesce((SELECT string_agg(x::text, '|' ORDER BY x.agency_id, x.first_day, x.last_day) FROM dossier_rollup_totals x), '')) AS f`.execute(
    t.db,
  );
  return rows[0]?.f;
}

describe('import of dossiers from a previous system', () => {
  it('counts imported dossiers in the service index exactly as the hand-computed fates', async () => {
    const summary = await run(jsonl(FILE));
    expect(summary).toMatchObject({
      state: 'done',
      lines: 8,
      imported: 8,
      unchanged: 0,
      rejected: 0,
    });

    const supervisor = await t.login('giamsat.tinh');
    const res = await t
      .as(supervisor)
      .get(`/api/v1/indicators/progress?agencyId=${kinhBac}&period=month&date=2025-03-15`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.counts).toEqual({
      counted: 8,
      carried: 0,
      received: 8,
      finishedEarly: 3, // 1, 4 (early on its new due date), 8
      finishedOnTime: 1, // 2
      finishedLate: 2, // 3, and 5 with its two supplementations
      openOnTime: 1, // 7
      openLate: 1, // 6
      openWaiting: 0,
    });
    expect(view.onTime).toBeCloseTo(5 / 8);
    expect(view.flows).toEqual({
      supplemented: 2,
      digitised: 1,
      granted: 6,
      eResults: 2,
      onlineEResults: 1,
    });
    // The slow way over the raw history agrees.
    const brute = await bruteForceProgress(t.db, [kinhBac], MARCH);
    expect(brute).toMatchObject({
      counted: 8,
      finishedEarly: 3,
      finishedOnTime: 1,
      finishedLate: 2,
      openOnTime: 1,
      openLate: 1,
    });
    // April: 6 and 7 carried over, judged at the end of April (6 still late; 7 now past due).
    const april = (
      await t
        .as(supervisor)
        .get(`/api/v1/indicators/progress?agencyId=${kinhBac}&period=month&date=2025-04-15`)
    ).json();
    expect(april.counts).toMatchObject({
      counted: 2,
      carried: 2,
      received: 0,
      openLate: 2,
      openOnTime: 0,
    });
  });

  it('running the same file again changes no row', async () => {
    const before = await fingerprint();
    const again = await run(jsonl(FILE));
    expect(again).toMatchObject({ state: 'done', imported: 0, unchanged: 8, rejected: 0 });
    expect(await fingerprint()).toBe(before);
  });

  it('keeps original codes: public lookup finds them, open ones are in the agency inbox and go on, finished ones are read-only', async () => {
    const code = (n: number) => FILE[n - 1]?.code as string;
    const found = await t.app.inject({ method: 'GET', url: `/api/v1/public/dossiers/${code(1)}` });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ code: code(1), nationalStatus: 10 });

    const leader = await t.login('lanhdao.kinhbac');
    const inbox = (await t.as(leader).get('/api/v1/inbox?limit=100')).json() as {
      items: { code: string; id: string; version: number }[];
    };
    const open = inbox.items.map((i) => i.code);
    expect(open).toEqual(expect.arrayContaining([code(6), code(7)]));
    expect(open).not.toContain(code(1));

    const six = inbox.items.find((i) => i.code === code(6)) as { id: string; version: number };
    // Its page, with the applicant as the old system knew them (no structured address).
    const page = await t.as(leader).get(`/api/v1/dossiers/${six.id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ code: code(6), applicant: { name: 'Người nộp 6' } });
    const specialist = await t.login('chuyenvien.kinhbac');
    const assigned = await t.as(leader).post(`/api/v1/dossiers/${six.id}/actions`, {
      action: 'assign',
      handlerId: specialist.userId,
      version: six.version,
    });
    expect(assigned.statusCode).toBe(200);

    const one = await t.db
      .selectFrom('dossiers')
      .select(['id', 'version'])
      .where('code', '=', code(1))
      .executeTakeFirstOrThrow();
    const refused = await t.as(leader).post(`/api/v1/dossiers/${one.id}/actions`, {
      action: 'correct_result',
      reason: 'Sai tên',
      version: one.version,
    });
    expectProblem(refused, 409, 'DOSSIER_IMPORTED_READ_ONLY');
  });

  it('imports the good lines of a bad file and reports every bad one with its line, field and reason', async () => {
    const good = dossier(21, '2025-05-05T09:00', '2025-05-09T17:00', [
      ['2025-05-05T10:00', 4],
      ['2025-05-06T10:00', 9],
    ]);
    const rejects: { line: number; problems: { field: string; reason: string }[] }[] = [];
    const text = jsonl(
      [
        good,
        '{"source": "igate-bacninh", "code": ',
        {
          ...dossier(22, '2025-05-05T09:00', '2025-05-09T17:00', []),
          procedure: { code: '9.999999' },
        },
        {
          ...dossier(23, '2025-05-05T09:00', '2025-05-09T17:00', []),
          competentAgency: 'H99.KHONGCO',
        },
        dossier(24, '2025-05-05T09:00', '2025-05-09T17:00', [['2025-05-04T10:00', 4]]),
        dossier(25, '2025-05-05T09:00', '2025-05-09T17:00', [['2025-05-06T10:00', 10]]),
        { ...FILE[0], applicant: { kind: 'citizen', name: 'Người khác' } },
        { ...dossier(26, '2025-05-05T09:00', '2025-05-09T17:00', []), extra: 1 },
        '{"source": "igate-bacninh", "code": "000.00.27.H27-250599-0001", "procedure"',
      ],
      '',
    );
    const summary = await importDossiers(t.db, Readable.from([Buffer.from(text)]), {
      fileName: 'bad.jsonl',
      onRejects: (r) => {
        rejects.push(...r);
      },
    });
    expect(summary).toMatchObject({
      state: 'done',
      lines: 9,
      imported: 1,
      rejected: 8,
      truncated: true,
    });
    const reasons = new Map(rejects.map((r) => [r.line, r.problems]));
    expect([...reasons.keys()]).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(reasons.get(2)?.[0]?.reason).toMatch(/JSON/);
    expect(reasons.get(3)).toEqual([expect.objectContaining({ field: 'procedure.code' })]);
    expect(reasons.get(4)).toEqual([expect.objectContaining({ field: 'competentAgency' })]);
    expect(reasons.get(5)).toEqual([
      { field: 'statuses[1].at', reason: expect.stringMatching(/thứ tự thời gian/) },
    ]);
    expect(reasons.get(6)).toEqual([
      { field: 'statuses[1].status', reason: expect.stringMatching(/Không được chuyển/) },
    ]);
    expect(reasons.get(7)).toEqual([
      { field: 'code', reason: expect.stringMatching(/nội dung khác/) },
    ]);
    expect(reasons.get(8)).toEqual([{ field: 'extra', reason: expect.any(String) }]);
    // The rejects are kept with the run, for the API and after the command line is gone.
    const stored = await t.db
      .selectFrom('dossier_import_rejects')
      .select('line')
      .where('run_id', '=', summary.runId)
      .orderBy('line')
      .execute();
    expect(stored.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const run = await t.db
      .selectFrom('dossier_import_runs')
      .selectAll()
      .where('id', '=', summary.runId)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ state: 'done', lines: 9, imported: 1, rejected: 8 });
    const kept = await t.db
      .selectFrom('dossiers')
      .select('applicant_name')
      .where('code', '=', FILE[0]?.code as string)
      .executeTakeFirstOrThrow();
    expect(kept.applicant_name).toBe('Người nộp 1');
  });

  it('rejects hostile lines one by one and keeps going: NUL, half a UTF-16 pair, a line too long, a year no calendar holds', async () => {
    const base = (n: number) =>
      dossier(n, '2025-06-02T09:00', '2025-06-06T17:00', [['2025-06-02T10:00', 4]]);
    const lines = [
      JSON.stringify({ ...base(41), applicant: { kind: 'citizen', name: 'A\u0000B' } }),
      JSON.stringify({ ...base(42), applicant: { kind: 'citizen', name: 'A\ud800B' } }),
      // A raw NUL inside a string: not JSON, and its text is stored without it.
      '{"source":"igate-bacninh","code":"X\u0000"}',
      JSON.stringify({ ...base(43), applicant: { kind: 'citizen', name: 'x'.repeat(1_100_000) } }),
      JSON.stringify({ ...base(44), submittedAt: '2300-01-01T09:00:00+07:00' }),
      // Straight from receipt to the decision: taken on at the same instant, in that order.
      JSON.stringify(
        dossier(45, '2025-06-02T09:00', '2025-06-06T17:00', [['2025-06-03T10:00', 9]]),
      ),
    ];
    const rejects: { line: number; problems: { field: string; reason: string }[] }[] = [];
    // CRLF line ends, and a last line complete but without its newline: not a truncated file.
    const summary = await importDossiers(t.db, Readable.from([Buffer.from(lines.join('\r\n'))]), {
      fileName: 'hostile.jsonl',
      onRejects: (r) => {
        rejects.push(...r);
      },
    });
    expect(summary).toMatchObject({
      state: 'done',
      lines: 6,
      imported: 1,
      rejected: 5,
      truncated: false,
    });
    expect(rejects.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rejects[0]?.problems[0]?.reason).toMatch(/NUL/);
    expect(rejects[1]?.problems[0]?.reason).toMatch(/UTF-16/);
    expect(rejects[2]?.problems[0]?.reason).toMatch(/JSON/);
    expect(rejects[3]?.problems[0]?.reason).toMatch(/Dòng dài quá/);
    expect(rejects[4]?.problems[0]).toMatchObject({ field: 'submittedAt' });
    const { rows } = await sql<{ action: string }>`
      SELECT e.action FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
      WHERE d.code = ${dossier(45, '2025-06-02T09:00', '2025-06-06T17:00', []).code} ORDER BY e.id`.execute(
      t.db,
    );
    expect(rows.map((r) => r.action)).toEqual(['receive', 'assign', 'approve']);
  });
});
