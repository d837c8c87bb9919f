import { randomUUID } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntake, publishTestProcedures } from '../../../../test/support/dossiers.js';
import { agencyIds, VO_CUONG } from '../../../../test/support/factories.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import type { Actor } from '../../../domain/access/policy.js';
import type { Role } from '../../../domain/access/roles.js';
import { addDays, localDate } from '../../../domain/calendar/local-date.js';
import { WorkingCalendar } from '../../../domain/calendar/working-calendar.js';
import { urgency } from '../../../domain/dossier/processing.js';
import { OPEN_STATES } from '../../../domain/dossier/states.js';
import { URGENCIES } from '../../../domain/dossier/urgency.js';
import { stableId } from '../../seed/stable-id.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { INBOX_STATES, type Inbox, InboxQuery } from './inbox.contract.js';
import { inbox } from './inbox.service.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KB = agencyIds.commune('09187');
const VC = agencyIds.commune(VO_CUONG);
const SPECIALIST = stableId('demo-user:kinhbac:specialist');
const LEADER = stableId('demo-user:kinhbac:leader');

let t: TestApp;
let counter: Client;
let specialist: Client;

/** The seven open dossiers of Phường Kinh Bắc, in the order the inbox must list them. */
const kb = {} as Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G', string>;
let closed: string;
let hidden: string;

let serial = 0;
async function receive(competentAgencyId: string, name = 'Nguyễn Thị Hường'): Promise<string> {
  serial += 1;
  const res = await t.as(counter).post(
    '/api/v1/dossiers',
    buildIntake({
      competentAgencyId,
      applicant: {
        kind: 'citizen',
        name,
        idNumber: `027095${String(100_000 + serial)}`,
        address: { unitCode: '09187', detail: 'Số 5 đường Nguyễn Trãi' },
      },
    }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

interface Situation {
  state?: string;
  dueAt?: number | null;
  handlerId?: string | null;
  step?: { index: number; dueAt: number } | null;
}

/** Processing is another feature: the situations are written straight into the row. */
async function put(id: string, s: Situation) {
  await t.db
    .updateTable('dossiers')
    .set({
      ...(s.state === undefined ? {} : { state: s.state }),
      ...(s.dueAt === undefined ? {} : { due_at: s.dueAt === null ? null : new Date(s.dueAt) }),
      ...(s.handlerId === undefined ? {} : { handler_id: s.handlerId }),
      ...(s.step === undefined
        ? {}
        : {
            step_index: s.step?.index ?? null,
            step_due_at: s.step ? new Date(s.step.dueAt) : null,
          }),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

async function actorAt(agencyId: string, role: Role, id: string = randomUUID()): Promise<Actor> {
  const agency = await t.db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return { kind: 'user', id, grants: [{ role, agencyId, agencyPath: agency.path }] };
}

const query = (q: Record<string, string | number | boolean> = {}) =>
  InboxQuery.parse(Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v)])));
const ids = (body: Inbox) => body.items.map((i) => i.id);
const at = (iso: string) => Date.parse(iso);

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  counter = await t.login('motcua.tinh');
  specialist = await t.login('chuyenvien.kinhbac');
  for (const k of ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const)
    kb[k] = await receive(KB, `Người nộp ${k}`);
  closed = await receive(KB);
  hidden = await receive(VC);
  await put(closed, { state: 'decided', dueAt: Date.now() - DAY });
});
afterAll(() => t.close());

it('lists exactly the open states of the domain', () => {
  expect([...INBOX_STATES]).toEqual([...OPEN_STATES]);
});

describe('urgency at a fixed moment (Wednesday 14/10/2026, 09:00)', () => {
  const NOW = new Date('2026-10-14T09:00:00+07:00');
  let officer: Actor;

  beforeAll(async () => {
    officer = await actorAt(KB, 'specialist', SPECIALIST);
    // Office hours 08:00–12:00 and 13:00–17:00: 7 working hours are left on Wednesday.
    await put(kb.A, {
      state: 'in_progress',
      dueAt: at('2026-10-13T17:00:00+07:00'),
      handlerId: SPECIALIST,
      step: { index: 1, dueAt: at('2026-10-13T12:00:00+07:00') },
    });
    await put(kb.B, { state: 'received', dueAt: at('2026-10-14T16:00:00+07:00') });
    // 7.5 working hours left.
    await put(kb.C, {
      state: 'in_progress',
      dueAt: at('2026-10-15T08:30:00+07:00'),
      handlerId: LEADER,
      step: { index: 2, dueAt: at('2026-10-15T08:30:00+07:00') },
    });
    // 13 working hours left.
    await put(kb.D, { state: 'received', dueAt: at('2026-10-15T15:00:00+07:00') });
    await put(kb.E, {
      state: 'in_progress',
      dueAt: at('2026-10-19T17:00:00+07:00'),
      handlerId: SPECIALIST,
    });
    await put(kb.F, { state: 'received', dueAt: null });
    // Its clock is stopped: past its due time, yet not overdue.
    await put(kb.G, {
      state: 'awaiting_supplement',
      dueAt: at('2026-10-13T10:00:00+07:00'),
      handlerId: SPECIALIST,
    });
    await put(hidden, { state: 'in_progress', dueAt: at('2026-10-13T10:00:00+07:00') });
  });

  it('labels each dossier, most pressing first, paused last, and counts them', async () => {
    const body = await inbox(t.db, officer, query(), NOW);
    expect(body.items.map((i) => [i.id, i.urgency])).toEqual([
      [kb.A, 'overdue'],
      [kb.B, 'due_today'],
      [kb.C, 'likely_late'],
      [kb.D, 'due_soon'],
      [kb.E, 'ok'],
      [kb.F, 'ok'],
      [kb.G, 'paused'],
    ]);
    expect(body.counts).toEqual({
      overdue: 1,
      due_today: 1,
      likely_late: 1,
      due_soon: 1,
      paused: 1,
      ok: 2,
      total: 7,
    });
    expect(body.nextCursor).toBeNull();
  });

  it('9 working hours left is due soon; exactly 8 is still likely late', async () => {
    await put(kb.C, { dueAt: at('2026-10-15T10:00:00+07:00') });
    await put(kb.D, { dueAt: at('2026-10-15T09:00:00+07:00') });
    const body = await inbox(t.db, officer, query(), NOW);
    expect(body.items.slice(2, 4).map((i) => [i.id, i.urgency])).toEqual([
      [kb.D, 'likely_late'],
      [kb.C, 'due_soon'],
    ]);
    await put(kb.C, { dueAt: at('2026-10-15T08:30:00+07:00') });
    await put(kb.D, { dueAt: at('2026-10-15T15:00:00+07:00') });
  });

  it('filters by urgency, state, handler and search; the counts follow all but urgency', async () => {
    const overdue = await inbox(t.db, officer, query({ urgency: 'overdue' }), NOW);
    expect(ids(overdue)).toEqual([kb.A]);
    expect(overdue.counts.total).toBe(7);
    expect(ids(await inbox(t.db, officer, query({ urgency: 'ok' }), NOW))).toEqual([kb.E, kb.F]);
    expect(ids(await inbox(t.db, officer, query({ urgency: 'paused' }), NOW))).toEqual([kb.G]);
    const received = await inbox(t.db, officer, query({ state: 'received' }), NOW);
    expect(ids(received)).toEqual([kb.B, kb.D, kb.F]);
    expect(received.counts).toMatchObject({ due_today: 1, due_soon: 1, ok: 1, total: 3 });
    const contradiction = query({ state: 'awaiting_supplement', urgency: 'overdue' });
    expect(ids(await inbox(t.db, officer, contradiction, NOW))).toEqual([]);
    const mine = await inbox(t.db, officer, query({ scope: 'mine' }), NOW);
    expect(ids(mine)).toEqual([kb.A, kb.E, kb.G]);
    expect(mine.counts).toMatchObject({ overdue: 1, ok: 1, paused: 1, total: 3 });
    const free = await inbox(t.db, officer, query({ unassigned: true }), NOW);
    expect(ids(free)).toEqual([kb.B, kb.D, kb.F]);
    const taken = await inbox(t.db, officer, query({ unassigned: false }), NOW);
    expect(ids(taken)).toEqual([kb.A, kb.C, kb.E, kb.G]);
    expect(ids(await inbox(t.db, officer, query({ q: 'nộp C' }), NOW))).toEqual([kb.C]);
    // A LIKE wildcard typed by the officer is a literal character.
    expect(ids(await inbox(t.db, officer, query({ q: '%' }), NOW))).toEqual([]);
    const code = (await t.db
      .selectFrom('dossiers')
      .select('code')
      .where('id', '=', kb.D)
      .executeTakeFirstOrThrow()) as { code: string };
    expect(ids(await inbox(t.db, officer, query({ q: code.code }), NOW))).toEqual([kb.D]);
  });

  it('pages through the list with the cursor, across the paused ones, without repeats', async () => {
    // A paused dossier with and without a due time: each part of the order has its own range.
    for (const [limit, gDue] of [
      [1, null],
      [1, at('2026-10-13T10:00:00+07:00')],
      [2, null],
      [2, at('2026-10-13T10:00:00+07:00')],
      [3, null],
      [6, null],
      [7, null],
    ] as const) {
      await put(kb.G, { dueAt: gDue });
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 10; pages++) {
        const body: Inbox = await inbox(
          t.db,
          officer,
          query({ limit, ...(cursor ? { cursor } : {}) }),
          NOW,
        );
        seen.push(...ids(body));
        expect(body.counts.total).toBe(7);
        cursor = body.nextCursor;
        if (!cursor) break;
        expect(body.items).toHaveLength(limit);
      }
      expect(seen, `limit ${limit}`).toEqual(Object.values(kb));
    }
    const firstTwo = await inbox(t.db, officer, query({ urgency: 'ok', limit: 1 }), NOW);
    const rest = await inbox(
      t.db,
      officer,
      query({ urgency: 'ok', limit: 1, cursor: firstTwo.nextCursor as string }),
      NOW,
    );
    expect([...ids(firstTwo), ...ids(rest)]).toEqual([kb.E, kb.F]);
    expect(rest.nextCursor).toBeNull();
  });

  it('shows the step, the handler, both agencies and the version', async () => {
    const body = await inbox(t.db, officer, query({ limit: 1 }), NOW);
    expect(body.items[0]).toMatchObject({
      id: kb.A,
      state: 'in_progress',
      nationalStatus: expect.any(Number),
      version: expect.any(Number),
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      applicantName: 'Người nộp A',
      handler: { id: SPECIALIST, name: 'Trịnh Văn Nam' },
      step: { index: 1, name: 'Thẩm định', dueAt: '2026-10-13T05:00:00.000Z' },
      receivingAgency: { id: agencyIds.provincialCentre },
      competentAgency: { id: KB },
      dueAt: '2026-10-13T10:00:00.000Z',
    });
    expect(body.items[0]?.code).toMatch(/\S/);
    expect(body.items[0]?.receivedAt).not.toBeNull();
  });
});

/**
 * The counts and the urgency filter are SQL, the item labels are `urgency()`: around every
 * instant at which a label changes, both must say the same, on working days, at the end of a
 * session, at midnight, on weekends, before a long holiday, and on a make-up Saturday.
 */
describe('the SQL bounds agree with urgency()', () => {
  const MOMENTS = [
    '2026-10-14T09:00:00+07:00',
    '2026-10-14T00:00:00+07:00',
    '2026-10-14T11:59:59.999+07:00',
    '2026-10-14T12:00:00+07:00',
    '2026-10-14T12:30:00+07:00',
    '2026-10-16T16:59:59.999+07:00',
    '2026-10-16T17:00:00+07:00',
    '2026-10-17T10:00:00+07:00',
    '2026-10-18T23:59:59.999+07:00',
    '2026-10-19T07:59:59.999+07:00',
    '2026-08-28T16:30:00+07:00',
    '2026-08-22T10:00:00+07:00',
  ];
  const SIZE = 12;
  const pool: string[] = [];
  let officer: Actor;

  beforeAll(async () => {
    officer = await actorAt(VC, 'leader');
    pool.push(hidden);
    while (pool.length < SIZE) pool.push(await receive(VC));
  });

  function candidates(now: number, calendar: WorkingCalendar): (number | null)[] {
    const today = localDate(new Date(now));
    const s0 = WorkingCalendar.startOfDate(today);
    const s1 = WorkingCalendar.startOfDate(addDays(today, 1));
    const worked = calendar.workingBefore(now);
    const exact = (h: number) => calendar.instantAt(worked + h * HOUR);
    const justPast = (h: number) => calendar.instantAt(worked + h * HOUR + 1);
    const around = (x: number) => [x - 1, x, x + 1];
    // A fixed pseudo-random walk, so that a failure can be replayed.
    let seed = now % 2_147_483_647;
    const random = () => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    return [
      ...around(now),
      ...around(s0),
      ...around(s1),
      ...around(exact(8)),
      ...around(justPast(8)),
      ...around(exact(16)),
      ...around(justPast(16)),
      s1 + 8 * HOUR,
      s1 + 17 * HOUR,
      null,
      ...Array.from({ length: 10 }, () => Math.round(now + (random() - 0.3) * 5 * DAY)),
    ];
  }

  it('for every label, at every moment', async () => {
    const calendar = await currentCalendar(t.db);
    let checked = 0;
    for (const moment of MOMENTS) {
      const now = Date.parse(moment);
      const dues = candidates(now, calendar);
      for (let from = 0; from < dues.length; from += SIZE) {
        const chunk = dues.slice(from, from + SIZE);
        const expected = new Map<string, string>();
        for (const [i, id] of pool.entries()) {
          const dueAt = chunk[i] ?? null;
          // One paused dossier per chunk, and the rest running in both running states.
          const state = i === SIZE - 1 ? 'awaiting_supplement' : i % 2 ? 'received' : 'in_progress';
          await put(id, { state, dueAt });
          expected.set(id, urgency({ state: state as never, dueAt }, now, calendar));
        }
        const all = await inbox(t.db, officer, query({ limit: 200 }), new Date(now));
        const tally = Object.fromEntries([...URGENCIES, 'total'].map((u) => [u, 0]));
        for (const item of all.items) {
          expect(item.urgency, `${moment}, due ${item.dueAt}`).toBe(expected.get(item.id));
          tally[item.urgency] = (tally[item.urgency] ?? 0) + 1;
          tally.total = (tally.total ?? 0) + 1;
        }
        expect(all.counts, `${moment}: ${chunk.join(', ')}`).toEqual(tally);
        for (const u of URGENCIES) {
          const only = await inbox(t.db, officer, query({ urgency: u, limit: 200 }), new Date(now));
          const want = [...expected].filter(([, e]) => e === u).map(([id]) => id);
          expect(ids(only).sort(), `${moment}: ${u}`).toEqual(want.sort());
        }
        checked += chunk.length;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('GET /api/v1/inbox', () => {
  beforeAll(async () => {
    // Far from every boundary, so the labels hold whatever the clock says.
    const now = Date.now();
    await put(kb.A, { state: 'in_progress', dueAt: now - 3 * DAY, handlerId: SPECIALIST });
    await put(kb.B, { state: 'received', dueAt: now - DAY, handlerId: null });
    await put(kb.C, { state: 'in_progress', dueAt: now + 30 * DAY, handlerId: LEADER });
    await put(kb.D, { state: 'received', dueAt: now + 45 * DAY, handlerId: null });
    await put(kb.E, { state: 'in_progress', dueAt: now + 60 * DAY, handlerId: SPECIALIST });
    await put(kb.F, { state: 'received', dueAt: null, handlerId: null });
    await put(kb.G, { state: 'awaiting_supplement', dueAt: now - DAY, handlerId: SPECIALIST });
    await put(hidden, { state: 'in_progress', dueAt: now - DAY, handlerId: null });
  });

  it('gives a specialist the agency’s open dossiers, most pressing first, with the counts', async () => {
    const res = await t.as(specialist).get('/api/v1/inbox');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Inbox;
    expect(body.items.map((i) => [i.id, i.urgency])).toEqual([
      [kb.A, 'overdue'],
      [kb.B, 'overdue'],
      [kb.C, 'ok'],
      [kb.D, 'ok'],
      [kb.E, 'ok'],
      [kb.F, 'ok'],
      [kb.G, 'paused'],
    ]);
    expect(body.counts).toEqual({
      overdue: 2,
      due_today: 0,
      likely_late: 0,
      due_soon: 0,
      paused: 1,
      ok: 4,
      total: 7,
    });
    expect(ids(body)).not.toContain(closed);
    expect(ids(body)).not.toContain(hidden);
    expect(body.items[0]?.handler).toEqual({ id: SPECIALIST, name: 'Trịnh Văn Nam' });
    expect(body.items[1]?.handler).toBeNull();
    const leader = await t.login('lanhdao.kinhbac');
    const asLeader = await t.as(leader).get(`/api/v1/inbox?agencyId=${KB}`);
    expect(ids(asLeader.json())).toEqual(ids(body));
  });

  it('narrows to mine, to the unassigned, to one urgency; pages with the cursor', async () => {
    const get = async (qs: string) => {
      const res = await t.as(specialist).get(`/api/v1/inbox?${qs}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Inbox;
    };
    expect(ids(await get('scope=mine'))).toEqual([kb.A, kb.E, kb.G]);
    expect(ids(await get('unassigned=true'))).toEqual([kb.B, kb.D, kb.F]);
    expect(ids(await get('scope=mine&unassigned=false&urgency=ok'))).toEqual([kb.E]);
    expect(ids(await get('urgency=overdue'))).toEqual([kb.A, kb.B]);
    const first = await get('limit=4');
    expect(ids(first)).toEqual([kb.A, kb.B, kb.C, kb.D]);
    const rest = await get(`limit=4&cursor=${first.nextCursor}`);
    expect(ids(rest)).toEqual([kb.E, kb.F, kb.G]);
    expect(rest.nextCursor).toBeNull();
  });

  it('shows an officer of another agency none of them', async () => {
    const other = await t.login('chuyenvien.stp');
    const res = await t.as(other).get('/api/v1/inbox');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ items: [], counts: { total: 0 }, nextCursor: null });
  });

  it('refuses the counter (no dossier.process), an agency outside the scope, and anonymity', async () => {
    expectProblem(await t.as(counter).get('/api/v1/inbox'), 403, 'FORBIDDEN');
    expectProblem(await t.as(specialist).get(`/api/v1/inbox?agencyId=${VC}`), 403, 'FORBIDDEN');
    const unknown = `/api/v1/inbox?agencyId=${randomUUID()}`;
    expectProblem(await t.as(specialist).get(unknown), 403, 'FORBIDDEN');
    expectProblem(await t.app.inject({ url: '/api/v1/inbox' }), 401, 'AUTH_REQUIRED');
  });

  it('answers a bad query with 400 problem+json naming the field', async () => {
    for (const qs of [
      'urgency=late',
      'state=decided',
      'scope=all',
      'limit=0',
      'limit=201',
      'unassigned=maybe',
      'agencyId=123',
      'page=2',
      `q=${'x'.repeat(101)}`,
    ]) {
      const body = expectProblem(
        await t.as(specialist).get(`/api/v1/inbox?${qs}`),
        400,
        'VALIDATION_FAILED',
      );
      expect(body.errors?.length, qs).toBeGreaterThan(0);
    }
    for (const cursor of ['nonsense', Buffer.from('[true,"x","y"]').toString('base64url')]) {
      const body = expectProblem(
        await t.as(specialist).get(`/api/v1/inbox?cursor=${cursor}`),
        400,
        'VALIDATION_FAILED',
      );
      expect(body.errors?.[0]?.field).toBe('querystring.cursor');
    }
  });

  it('is in the OpenAPI document, which stays valid', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/inbox'].get.tags).toEqual(['Hồ sơ']);
    expect(doc.components.schemas).toHaveProperty('Inbox');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
  });
});
