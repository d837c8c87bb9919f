import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { canonicalJson } from './audit.chain.js';
import { appendAudit, verifyAuditChain } from './audit.service.js';

const actor = { kind: 'user', id: 'u1', grants: [] } as const;

describe('the hash-chained audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    for (let i = 1; i <= 5; i++) {
      await t.db.transaction().execute((trx) =>
        appendAudit(trx, actor, {
          action: 'test.change',
          subjectType: 'thing',
          subjectId: String(i),
          data: { n: i, tên: 'Đăng ký khai sinh' },
        }),
      );
    }
  });
  afterAll(() => t.close());

  it('verifies an untouched log', async () => {
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(6); // the seed entry and five changes
  });

  it('refuses updates and deletes through the database', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x' WHERE id = 2`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log WHERE id = 2`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('names the first tampered row when someone with the rights bypasses the trigger', async () => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.db);
    await sql`UPDATE audit_log SET data = jsonb_set(data, '{n}', '99') WHERE id = 4`.execute(t.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: false,
      checked: 3,
      brokenAt: 4,
      reason: 'nội dung bản ghi đã bị sửa',
    });
  });

  it('notices a removed row', async () => {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.db);
    await sql`DELETE FROM audit_log WHERE id = 2`.execute(t.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});

describe('canonical JSON', () => {
  it('does not depend on key order, which jsonb changes', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });
});

describe('motcua audit verify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on an intact log and 1 naming the first broken link', async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    await migrateToLatest(database.db);
    for (let i = 0; i < 3; i++) {
      await database.db
        .transaction()
        .execute((trx) =>
          appendAudit(trx, actor, { action: 'test', subjectType: 'x', data: { i } }),
        );
    }
    await database.close();
    const run = promisify(execFile);
    const cli = ['--import', 'tsx', 'src/cli.ts', 'audit', 'verify'];
    const env = { ...process.env, MOTCUA_DATA_DIR: dir, DATABASE_URL: '' };
    const ok = await run(process.execPath, cli, { env });
    expect(ok.stdout).toContain('Nhật ký nguyên vẹn: 3 bản ghi');

    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(again.db);
    await sql`UPDATE audit_log SET actor_id = 'ke-gian' WHERE id = 2`.execute(again.db);
    await again.close();
    const broken = await run(process.execPath, cli, { env }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(broken).toMatchObject({ code: 1 });
    expect((broken as { stderr: string }).stderr).toContain('bản ghi số 2');
  }, 60_000);
});

describe('GET /api/v1/audit', () => {
  it('shows entries inside the reader’s subtree only, newest first, chained', async () => {
    const t = await createTestApp();
    try {
      const kinhBac = await t.login('quantri.kinhbac');
      const stp = await t.login('quantri.stp');
      const read = async (client: Awaited<ReturnType<TestApp['login']>>) =>
        (await t.as(client).get('/api/v1/audit?subjectType=user')).json().items as {
          id: number;
          agencyId: string;
          action: string;
          hash: string;
          prevHash: string;
        }[];
      const seenByKinhBac = await read(kinhBac);
      expect(seenByKinhBac.length).toBeGreaterThan(0);
      expect(seenByKinhBac.every((e) => e.action === 'auth.login')).toBe(true);
      const ids = seenByKinhBac.map((e) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const seenByStp = await read(stp);
      expect(seenByStp.map((e) => e.id)).not.toEqual(expect.arrayContaining(ids));
      expect(seenByStp[0]?.prevHash).toMatch(/^[0-9a-f]{64}$/);
      const counter = await t.login('motcua.kinhbac');
      expect((await t.as(counter).get('/api/v1/audit')).statusCode).toBe(403);
    } finally {
      await t.close();
    }
  });
});

describe('sealing after commit', () => {
  it('chains rows committed in parallel and in any order, and leaves rows still in flight for later', async () => {
    const t = await createTestApp({ demo: false });
    try {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          t.db.transaction().execute((trx) =>
            appendAudit(trx, actor, {
              action: 'test.parallel',
              subjectType: 'thing',
              data: { i },
            }),
          ),
        ),
      );
      if (t.database.kind === 'pglite') {
        // One connection: a transaction left open would hold up the sealer itself.
        expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
        return;
      }
      // A transaction that appended but has not committed yet: its row is not sealed before it.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      const open = t.db.transaction().execute(async (trx) => {
        await appendAudit(trx, actor, { action: 'test.late', subjectType: 'thing' });
        await held;
      });
      const first = await verifyAuditChain(t.db);
      expect(first.ok).toBe(true);
      release();
      await open;
      const second = await verifyAuditChain(t.db);
      expect(second).toMatchObject({ ok: true, checked: first.checked + 1 });
      const late = await t.db
        .selectFrom('audit_log')
        .select(['id', 'seq'])
        .where('action', '=', 'test.late')
        .executeTakeFirstOrThrow();
      expect(late.seq).toBe(second.checked);
    } finally {
      await t.close();
    }
  });
});
