import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMUNE_CODE, publishTestProcedures } from '../../../../test/support/dossiers.js';
import { agencyIds, KINH_BAC } from '../../../../test/support/factories.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { sweepOnce } from '../dossiers/dossier-sweeps.js';
import { type ImportRun, INTERRUPTED_RUN } from './dossier-import.contract.js';
import { interruptRunningRuns, type RunRow, runById, startRun } from './dossier-import.queries.js';
import { runView } from './dossier-import.routes.js';
import { removePartialUploads, settled, storeUpload, uploads } from './dossier-import.uploads.js';

/**
 * Issue 8 through the API: an administrator uploads a JSON Lines file of old dossiers, watches the
 * run's progress, downloads the rejected lines, and keeps the map of old agency codes.
 */

const BASE = '/api/v1/dossier-imports';
let t: TestApp;
let admin: Client;
let dataDir: string;
const codes = new Map<string, string>();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'motcua-imports-'));
  t = await createTestApp({ config: { dataDir } });
  await publishTestProcedures(t.db);
  admin = await t.login('quantri.tinh');
  const rows = await t.db
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('id', 'in', [agencyIds.commune(KINH_BAC), agencyIds.provincialCentre])
    .execute();
  for (const r of rows) codes.set(r.id, r.code as string);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const kinhBacCode = () => codes.get(agencyIds.commune(KINH_BAC)) as string;
const centreCode = () => codes.get(agencyIds.provincialCentre) as string;

function send(
  client: Client | null,
  method: 'POST' | 'PUT' | 'GET',
  url: string,
  contentType?: string,
  payload?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url,
    headers: {
      ...(client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {}),
      ...(contentType ? { 'content-type': contentType } : {}),
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

const putMap = (client: Client | null, csv: string) =>
  send(client, 'PUT', `${BASE}/agency-map`, 'text/csv', csv);
const upload = (client: Client | null, text: string, fileName = 'hoso-cu.jsonl') =>
  send(
    client,
    'POST',
    `${BASE}?fileName=${encodeURIComponent(fileName)}`,
    'application/x-ndjson',
    text,
  );

const at = (local: string) => `${local}:00+07:00`;

/** A dossier of the old Kinh Bắc ward, received in March 2025 and finished early. */
function oldDossier(n: number, more: Record<string, unknown> = {}) {
  return {
    source: 'igate-bacninh',
    code: `000.00.27.H27-2503${String(n).padStart(2, '0')}-0099`,
    procedure: { code: COMMUNE_CODE },
    receivingAgency: 'H27.TP',
    competentAgency: 'H27.TP.KB',
    applicant: { kind: 'citizen', name: `Người nộp ${n}`, idNumber: `0270950${n}0000` },
    channel: 1,
    submittedAt: at('2025-03-03T09:00'),
    receivedAt: at('2025-03-03T09:00'),
    dueAt: at('2025-03-10T17:00'),
    statuses: [
      { at: at('2025-03-03T09:00'), status: 2 },
      { at: at('2025-03-03T10:00'), status: 4 },
      { at: at('2025-03-05T10:00'), status: 9 },
    ],
    result: { kind: 'granted', decidedAt: at('2025-03-05T10:00'), documentCode: `KS-${n}` },
    ...more,
  };
}

/** Reads the run as a user's page would, until it is no longer running. */
async function untilEnded(location: string): Promise<ImportRun> {
  for (let i = 0; i < 200; i++) {
    const res = await send(admin, 'GET', location);
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as ImportRun;
    if (run.state !== 'running') return run;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${location} still running`);
}

describe('the agency map', () => {
  it('is loaded from CSV by an administrator, and listed', async () => {
    const res = await putMap(
      admin,
      `old_code,agency_code,note\nH27.TP,${centreCode()},TP Bắc Ninh cũ\nH27.TP.KB,${kinhBacCode()},"Phường Kinh Bắc, cũ"\n`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ saved: 2 });
    // Audited with the change, like every other administrator's change.
    const audited = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('action', '=', 'dossier_import.agency_map_loaded')
      .execute();
    expect(audited).toEqual([expect.objectContaining({ data: { entries: 2 } })]);

    const list = await send(admin, 'GET', `${BASE}/agency-map`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        oldCode: 'H27.TP',
        agencyCode: centreCode(),
        note: 'TP Bắc Ninh cũ',
      }),
      expect.objectContaining({
        oldCode: 'H27.TP.KB',
        agencyCode: kinhBacCode(),
        note: 'Phường Kinh Bắc, cũ',
        agencyName: expect.any(String),
      }),
    ]);
  });

  it('names the line of an unknown agency and saves nothing of the file (422)', async () => {
    const res = await putMap(
      admin,
      `old_code,agency_code\nH27.TS,${centreCode()}\nH27.QV,H99.KHONGCO\n`,
    );
    const problem = expectProblem(res, 422, 'IMPORT_INVALID');
    expect(problem.errors).toEqual([
      {
        field: 'line 3: agency_code',
        code: 'invalid',
        message: expect.stringContaining('H99.KHONGCO'),
      },
    ]);
    const list = (await send(admin, 'GET', `${BASE}/agency-map`)).json().items as {
      oldCode: string;
    }[];
    expect(list.map((m) => m.oldCode)).toEqual(['H27.TP', 'H27.TP.KB']);
  });

  it('takes CSV only (415), and only from an administrator of the province', async () => {
    expectProblem(
      await send(admin, 'PUT', `${BASE}/agency-map`, 'application/json', '{"a":1}'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(await putMap(null, 'old_code,agency_code\n'), 401, 'AUTH_REQUIRED');
    const communeAdmin = await t.login('quantri.kinhbac');
    expectProblem(await putMap(communeAdmin, 'old_code,agency_code\n'), 403, 'FORBIDDEN');
  });
});

describe('an upload of old dossiers', () => {
  let location: string;
  const good = JSON.stringify(oldDossier(1));
  const bad = JSON.stringify({ ...oldDossier(2), procedure: { code: '9.999999' } });
  const file = `${good}\n${bad}\n`;

  it('is acknowledged with 202 once stored, then imported in the background: good lines in, bad ones counted', async () => {
    const res = await upload(admin, file);
    expect(res.statusCode, res.body).toBe(202);
    const accepted = res.json() as ImportRun;
    location = res.headers.location as string;
    expect(location).toBe(`${BASE}/${accepted.id}`);
    expect(accepted).toMatchObject({
      fileName: 'hoso-cu.jsonl',
      bytesTotal: Buffer.byteLength(file),
      startedBy: admin.userId,
    });

    const run = await untilEnded(location);
    expect(run).toMatchObject({
      state: 'done',
      lines: 2,
      imported: 1,
      unchanged: 0,
      rejected: 1,
      bytesRead: Buffer.byteLength(file),
      percent: 100,
      etaSeconds: null,
      error: null,
    });
    expect(run.finishedAt).not.toBeNull();
    // The stored upload is gone once imported to the end.
    await settled();
    expect(readdirSync(join(dataDir, 'imports'))).toEqual([]);

    // The imported dossier is found by its original code, as a citizen would look it up.
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/dossiers/${oldDossier(1).code}`,
    });
    expect(found.statusCode, found.body).toBe(200);
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/dossiers/${oldDossier(2).code}`,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('lets the rejected lines be downloaded with their line number, reasons and text', async () => {
    const res = await send(admin, 'GET', `${location}/rejects`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="hoso-cu-rejects\.jsonl"/,
    );
    const lines = res.body.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toEqual({
      line: 2,
      problems: [{ field: 'procedure.code', reason: expect.any(String) }],
      text: bad,
    });
  });

  it('lists the run among the recent ones; the same file again changes nothing', async () => {
    const again = await upload(admin, file, 'hoso-cu (lần 2).jsonl');
    expect(again.statusCode, again.body).toBe(202);
    const second = await untilEnded(again.headers.location as string);
    expect(second).toMatchObject({ state: 'done', imported: 0, unchanged: 1, rejected: 1 });

    const list = await send(admin, 'GET', `${BASE}?limit=5`);
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as ImportRun[];
    expect(items.map((r) => r.fileName)).toEqual(['hoso-cu (lần 2).jsonl', 'hoso-cu.jsonl']);
    // A name with Vietnamese letters and spaces stays a safe header, and exact for those who read it.
    const rejects = await send(admin, 'GET', `${BASE}/${second.id}/rejects`);
    expect(rejects.headers['content-disposition']).toBe(
      `attachment; filename="hoso-cu_lan_2_-rejects.jsonl"; filename*=UTF-8''hoso-cu%20%28l%E1%BA%A7n%202%29-rejects.jsonl`,
    );
  });

  it('refuses anonymous callers (401) and anyone but an administrator of the province (403), storing nothing', async () => {
    const before = (await send(admin, 'GET', BASE)).json().items.length;
    expectProblem(await upload(null, file), 401, 'AUTH_REQUIRED');
    expectProblem(await send(null, 'GET', BASE), 401, 'AUTH_REQUIRED');
    expectProblem(await send(null, 'GET', location), 401, 'AUTH_REQUIRED');
    const supervisor = await t.login('giamsat.tinh');
    expectProblem(await upload(supervisor, file), 403, 'FORBIDDEN');
    expectProblem(await send(supervisor, 'GET', `${location}/rejects`), 403, 'FORBIDDEN');
    const communeAdmin = await t.login('quantri.kinhbac');
    expectProblem(await upload(communeAdmin, file), 403, 'FORBIDDEN');
    expect((await send(admin, 'GET', BASE)).json().items).toHaveLength(before);
  });

  it('takes JSON Lines only (415), accepts application/jsonl, and refuses a file over the limit (413)', async () => {
    expectProblem(
      await send(admin, 'POST', BASE, 'application/json', JSON.stringify(oldDossier(3))),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await send(admin, 'POST', BASE, 'text/csv', 'old_code,agency_code\n'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(await send(admin, 'POST', BASE), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const jsonl = await send(admin, 'POST', BASE, 'application/jsonl', `${good}\n`);
    expect(jsonl.statusCode, jsonl.body).toBe(202);
    expect(await untilEnded(jsonl.headers.location as string)).toMatchObject({
      fileName: 'upload.jsonl',
      state: 'done',
      unchanged: 1,
    });
    // Announced larger than 2 GiB: refused before a byte is stored.
    const huge = await send(admin, 'POST', BASE, 'application/x-ndjson', `${good}\n`, {
      'content-length': String(3 * 1024 ** 3),
    });
    expectProblem(huge, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 404 for a run that does not exist', async () => {
    expectProblem(
      await send(admin, 'GET', `${BASE}/00000000-0000-4000-8000-000000000000`),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await send(admin, 'GET', `${BASE}/00000000-0000-4000-8000-000000000000/rejects`),
      404,
      'NOT_FOUND',
    );
  });
});

describe('storing an upload', () => {
  it('stops a stream that grows past the limit with 413 and leaves no partial file', async () => {
    const file = join(dataDir, 'limit', 'x.jsonl');
    const body = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    await expect(storeUpload(body, file, 1_000)).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(existsSync(file)).toBe(false);
    const small = await storeUpload(Readable.from([Buffer.from('{}\n')]), file, 1_000);
    expect(small).toBe(3);
    expect(existsSync(file)).toBe(true);
  });

  it('writes under <run>.jsonl.part while the upload arrives, and renames it once whole', async () => {
    const file = join(dataDir, 'parts', 'run.jsonl');
    const body = new PassThrough();
    const stored = storeUpload(body, file, 1_000);
    body.write('{"a":1}\n');
    await waitFor(() => existsSync(`${file}.part`));
    // A crash now would leave no file under the name an operator is told to run.
    expect(existsSync(file)).toBe(false);
    body.end('{"b":2}\n');
    expect(await stored).toBe(16);
    expect(readdirSync(join(dataDir, 'parts'))).toEqual(['run.jsonl']);
  });

  it('removes at start the .part files of uploads cut short, not one still being written', async () => {
    const root = join(dataDir, 'restart');
    const imports = join(root, 'imports');
    mkdirSync(imports, { recursive: true });
    for (const name of ['dead.jsonl.part', 'live.jsonl.part', 'kept.jsonl'])
      writeFileSync(join(imports, name), '{}\n');
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    for (const name of ['dead.jsonl.part', 'kept.jsonl'])
      utimesSync(join(imports, name), tenMinutesAgo, tenMinutesAgo);
    expect(await removePartialUploads(root)).toEqual(['dead.jsonl.part']);
    expect(readdirSync(imports).sort()).toEqual(['kept.jsonl', 'live.jsonl.part']);
    // No imports directory yet: nothing to do.
    expect(await removePartialUploads(join(dataDir, 'nothing-yet'))).toEqual([]);
  });
});

describe('a run in progress', () => {
  it('shows how far it is, how fast it goes and how long is left', () => {
    const now = Date.parse('2026-01-10T08:00:10Z');
    const row = {
      id: '00000000-0000-4000-8000-000000000001',
      file_name: 'x.jsonl',
      state: 'running',
      started_by: null,
      started_at: new Date('2026-01-10T08:00:00Z'),
      updated_at: new Date('2026-01-10T08:00:09Z'),
      finished_at: null,
      bytes_total: 4_000,
      bytes_read: 1_000,
      lines: 50,
      imported: 45,
      unchanged: 0,
      rejected: 5,
      error: null,
    } as unknown as RunRow;
    expect(runView(row, now)).toMatchObject({ percent: 25, ratePerSecond: 5, etaSeconds: 30 });
    // Still being uploaded: its size is not known yet.
    expect(
      runView({ ...row, bytes_total: null, bytes_read: 0, lines: 0 } as unknown as RunRow, now),
    ).toMatchObject({ percent: null, ratePerSecond: 0, etaSeconds: null });
  });

  it('ends as interrupted when the server stops, its file kept to upload again', async () => {
    const runner = uploads(t.db, { dataDir, log: t.app.log });
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify(oldDossier(10 + i)));
    const run = await runner.accept({
      actor: { kind: 'user', id: admin.userId, grants: [] },
      body: Readable.from([Buffer.from(`${lines.join('\n')}\n`)]),
      fileName: 'dang-nhap.jsonl',
      contentLength: null,
    });
    await runner.stop();
    const res = await send(admin, 'GET', `${BASE}/${run.id}`);
    expect(res.json()).toMatchObject({ state: 'interrupted', imported: 0, error: INTERRUPTED_RUN });
    // One message, both ways on: the kept file with the command line, or the upload again.
    expect(INTERRUPTED_RUN).toMatch(/motcua import dossiers/);
    expect(INTERRUPTED_RUN).toMatch(/tải tệp lên lại/);
    expect(INTERRUPTED_RUN).toMatch(/các dòng đã nhập được bỏ qua/);
    expect(existsSync(join(dataDir, 'imports', `${run.id}.jsonl`))).toBe(true);
  });

  it('is marked interrupted only once it has not moved for 5 minutes, at start or by the minute sweep', async () => {
    const run = () => startRun(t.db, { fileName: 'cli.jsonl', startedBy: 'cli', bytesTotal: 10 });
    const [alive, dead] = [(await run()).id, (await run()).id];
    // Another process's import writes a batch now and then; a dead one's row stopped moving.
    await movedAgo(dead, 6 * 60_000);
    await movedAgo(alive, 4 * 60_000);

    expect(await interruptRunningRuns(t.db)).toBe(1);
    expect(await runById(t.db, alive)).toMatchObject({ state: 'running', error: null });
    const ended = await runById(t.db, dead);
    expect(ended).toMatchObject({ state: 'interrupted', error: INTERRUPTED_RUN });
    expect(ended?.finished_at).not.toBeNull();

    // The minute's sweep does the same, with no restart.
    const errors: unknown[] = [];
    const swept = await sweepOnce(t.db, new Date(), (e) => errors.push(e));
    expect(errors).toEqual([]);
    expect(swept.interrupted).toBe(0);
    await movedAgo(alive, 6 * 60_000);
    expect((await sweepOnce(t.db, new Date(), (e) => errors.push(e))).interrupted).toBe(1);
    expect(await runById(t.db, alive)).toMatchObject({ state: 'interrupted' });
  });

  it('says it is alive while its upload arrives, however slowly', async () => {
    const runner = uploads(t.db, { dataDir, log: t.app.log, heartbeatMs: 20 });
    const body = new PassThrough();
    const accepted = runner.accept({
      actor: { kind: 'user', id: admin.userId, grants: [] },
      body,
      fileName: 'cham.jsonl',
      contentLength: null,
    });
    body.write(`${JSON.stringify(oldDossier(60))}\n`);
    const row = await waitFor(() =>
      t.db
        .selectFrom('dossier_import_runs')
        .select('id')
        .where('file_name', '=', 'cham.jsonl')
        .executeTakeFirst(),
    );
    // Nothing arrives for a while: the row still moves, so no sweep takes the run.
    await movedAgo(row.id, 6 * 60_000);
    await waitFor(async () => {
      const r = await runById(t.db, row.id);
      return r && Date.now() - new Date(r.updated_at).getTime() < 60_000 ? r : undefined;
    });
    expect(await interruptRunningRuns(t.db)).toBe(0);
    body.end();
    const run = await accepted;
    expect(await untilEnded(`${BASE}/${run.id}`)).toMatchObject({ state: 'done', imported: 1 });
  });
});

/** The run's row as a process that stopped moving it that long ago left it. */
async function movedAgo(runId: string, ms: number) {
  await sql`UPDATE dossier_import_runs SET updated_at = now() - make_interval(secs => ${ms / 1000}::float8)
    WHERE id = ${runId}`.execute(t.db);
}

/** Polls until the check gives something. */
async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>) {
  for (let i = 0; i < 200; i++) {
    const found = await check();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('waited in vain');
}

describe('an imported online dossier waiting for acceptance', () => {
  it('keeps the code of the previous system when it is accepted here', async () => {
    const {
      receivedAt: _r,
      dueAt: _d,
      result: _x,
      ...line
    } = oldDossier(70, {
      channel: 2,
      statuses: [{ at: at('2025-03-03T09:00'), status: 1 }],
    });
    const res = await upload(admin, `${JSON.stringify(line)}\n`, 'truc-tuyen.jsonl');
    expect(res.statusCode, res.body).toBe(202);
    expect(await untilEnded(res.headers.location as string)).toMatchObject({
      state: 'done',
      imported: 1,
      rejected: 0,
    });
    const { id } = await t.db
      .selectFrom('dossiers')
      .select('id')
      .where('code', '=', line.code)
      .executeTakeFirstOrThrow();
    const counter = await t.login('motcua.tinh');
    const detail = await t.as(counter).get(`/api/v1/dossiers/${id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    const before = detail.json();
    expect(before).toMatchObject({ code: line.code, state: 'awaiting_acceptance' });
    expect(before.allowedActions).toContain('accept');

    const accepted = await t
      .as(counter)
      .post(`/api/v1/dossiers/${id}/accept`, { version: before.version });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'received', code: line.code });
    // Still found by the code printed on the applicant's receipt.
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/dossiers/${line.code}`,
    });
    expect(found.statusCode, found.body).toBe(200);
  });
});

describe('the API description', () => {
  it('documents the import endpoints in a valid OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[] }>>;
    };
    const checked = await new Validator().validate(doc as never);
    expect(checked.errors ?? []).toEqual([]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([BASE, `${BASE}/{id}`, `${BASE}/{id}/rejects`, `${BASE}/agency-map`]),
    );
    expect(doc.paths[BASE]?.post?.tags).toEqual(['Nhập hồ sơ từ hệ thống cũ']);
  });
});
