import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildIntake,
  publishTestProcedures,
  samplePdf,
} from '../../../../test/support/dossiers.js';
import { pdfText } from '../../../../test/support/pdf.js';
import {
  type Client,
  createTestApp,
  expectProblem,
  type TestApp,
} from '../../../../test/support/test-app.js';
import { dueDate } from '../../../domain/calendar/deadline.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import {
  type Command,
  DEFAULT_PROCESSING_RULES,
  factsAtReceipt,
  replay,
} from '../../../domain/dossier/processing.js';
import { formatInstantShort } from '../../forms/vi-format.js';
import { currentCalendar } from '../calendar/calendar.service.js';
import { warnOfDeadlines } from './dossier-alerts.js';
import { columnsOf, factsOf } from './dossier-facts.js';
import { indexedOf, transitionRecord } from './dossier-record.js';
import { closeUnsupplemented } from './dossier-sweeps.js';
import type { DossierDetail } from './dossiers.contract.js';
import { findDossier } from './dossiers.queries.js';
import { writeTransitions } from './transition-writes.js';

let t: TestApp;
let counter: Client;
let specialist: Client;
let leader: Client;
let supervisor: Client;
let otherAgency: Client;

beforeAll(async () => {
  t = await createTestApp();
  await publishTestProcedures(t.db);
  [counter, specialist, leader, supervisor, otherAgency] = (await Promise.all(
    ['motcua.tinh', 'chuyenvien.kinhbac', 'lanhdao.kinhbac', 'giamsat.tinh', 'chuyenvien.stp'].map(
      (u) => t.login(u),
    ),
  )) as [Client, Client, Client, Client, Client];
});
afterAll(() => t.close());

/** A dossier received at the provincial centre for the commune of Kinh Bắc. */
async function receivedDossier(): Promise<DossierDetail> {
  const res = await t.as(counter).post('/api/v1/dossiers', buildIntake());
  expect(res.statusCode).toBe(201);
  return res.json() as DossierDetail;
}

async function act(
  who: Client,
  d: { id: string; version: number },
  body: Record<string, unknown>,
): Promise<LightMyRequestResponse> {
  return t.as(who).post(`/api/v1/dossiers/${d.id}/actions`, { version: d.version, ...body });
}

/** The dossier as it is now, after a change written by hand. */
async function reload(who: Client, d: { id: string }) {
  return (await t.as(who).get(`/api/v1/dossiers/${d.id}`)).json() as DossierDetail;
}

async function ok(who: Client, d: { id: string; version: number }, body: Record<string, unknown>) {
  const res = await act(who, d, body);
  if (res.statusCode !== 200) throw new Error(`${body.action}: ${res.statusCode} ${res.body}`);
  return res.json() as DossierDetail;
}

describe('processing a dossier through the API', () => {
  it('received → assigned → supplement requested → supplemented → approved → returned', async () => {
    let d = await receivedDossier();
    expect(d.allowedActions).toContain('withdraw');
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    expect(d).toMatchObject({ state: 'in_progress', nationalStatus: 4 });
    expect(d.processing.handler).toEqual({ id: specialist.userId, name: expect.any(String) });
    expect(d.processing.step).toMatchObject({ index: 1, name: 'Thẩm định' });

    d = await ok(specialist, d, {
      action: 'request_supplement',
      items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký của người đi khai' }],
    });
    expect(d).toMatchObject({ state: 'awaiting_supplement', nationalStatus: 5 });
    expect(d.processing.supplement?.closesAt).toBeTruthy();
    const firstDue = d.dueAt;

    // The applicant answers days later: the clock restarts from zero at the supplement.
    await sql`UPDATE dossiers SET received_at = received_at - interval '3 days',
        due_at = due_at - interval '3 days', version = version + 1 WHERE id = ${d.id}::uuid`.execute(
      t.db,
    );
    d = await ok(counter, await reload(counter, d), { action: 'supplement' });
    expect(d.state).toBe('in_progress');
    const supplemented = d.history.at(-1);
    expect(supplemented?.data.previousDueAt).toBe(
      new Date(Date.parse(firstDue as string) - 3 * 86_400_000).toISOString(),
    );
    const calendar = await currentCalendar(t.db);
    expect(d.dueAt).toBe(
      new Date(
        dueDate(calendar, Date.parse(supplemented?.at as string), 1, 'working_days'),
      ).toISOString(),
    );
    expect(Date.parse(d.dueAt as string)).toBeGreaterThan(
      Date.parse(firstDue as string) - 3 * 86_400_000,
    );

    d = await ok(specialist, d, { action: 'forward', handlerId: leader.userId });
    expect(d.processing.step).toMatchObject({ index: 2 });
    d = await ok(leader, d, { action: 'approve', documentCode: '027095001234.KQ.HT.KS' });
    expect(d).toMatchObject({ state: 'decided', nationalStatus: 9 });
    expect(d.processing.result?.kind).toBe('granted');
    expect(['early', 'on_time']).toContain(d.processing.result?.timeliness);
    d = await ok(counter, d, { action: 'return_result', channel: 'counter' });
    expect(d).toMatchObject({ state: 'returned', nationalStatus: 10 });
    expect(d.processing.returnedAt).toBeTruthy();
    // The register (Form 07) shows when the result was handed over.
    const day = localDate(new Date(d.submittedAt));
    const register = await t
      .as(counter)
      .get(
        `/api/v1/dossiers/register.pdf?receivingAgencyId=${d.receivingAgency.id}&from=${day}&to=${day}`,
      );
    expect(register.statusCode).toBe(200);
    expect(await pdfText(register.rawPayload)).toContain(
      formatInstantShort(d.processing.returnedAt as string),
    );

    expect(d.history.map((h) => h.action)).toEqual([
      'receive',
      'assign',
      'request_supplement',
      'supplement',
      'forward',
      'approve',
      'return_result',
    ]);
    expect(d.history.find((h) => h.action === 'forward')?.data).toMatchObject({
      fromStep: 1,
      toStep: 2,
      stepOnTime: true,
    });
    // Every transition left its job for the national portal, in order.
    const jobs = await t.db
      .selectFrom('outbox')
      .select(sql<number>`(payload->>'nationalStatus')::int`.as('status'))
      .where('topic', '=', 'dvcqg.status')
      .where('key', '=', d.id)
      .orderBy('id')
      .execute();
    expect(jobs.map((j) => j.status)).toEqual([2, 4, 5, 4, 4, 9, 10]);
    // The handler was told, and so was the applicant.
    const notices = await t.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('dossier_id', '=', d.id)
      .execute();
    expect(notices).toContainEqual({ user_id: specialist.userId, kind: 'dossier.assigned' });
    // The counter was told to expect the supplement, then the result to hand over.
    expect(notices).toContainEqual({
      user_id: counter.userId,
      kind: 'dossier.awaiting_supplement',
    });
    expect(notices).toContainEqual({ user_id: counter.userId, kind: 'dossier.decided' });
    const applicant = await t.db
      .selectFrom('outbox')
      .select(sql<string>`payload->>'kind'`.as('kind'))
      .where('topic', '=', 'notify.applicant')
      .where('key', '=', d.id)
      .execute();
    expect(applicant.map((a) => a.kind)).toEqual(['dossier.supplement', 'dossier.result_ready']);

    // The history replays to the stored facts: every command is kept with its time.
    const row = await findDossier(t.db, d.id);
    if (!row) throw new Error('dossier vanished');
    const stored = factsOf(row);
    const events = await t.db
      .selectFrom('dossier_events')
      .select(['at', 'data'])
      .where('dossier_id', '=', d.id)
      .orderBy('id')
      .execute();
    const receipt = events[0]?.data as { receivedAt: string; dueAt: string };
    const replayed = replay(
      factsAtReceipt({
        timeLimit: stored.timeLimit,
        steps: stored.steps,
        // Moved three days back above, as the supplement step's set-up did to the row.
        receivedAt: Date.parse(receipt.receivedAt) - 3 * 86_400_000,
        dueAt: Date.parse(receipt.dueAt) - 3 * 86_400_000,
      }),
      events.slice(1).map((e) => ({
        command: (e.data as { command: Command }).command,
        at: e.at.getTime(),
      })),
      await currentCalendar(t.db),
      DEFAULT_PROCESSING_RULES,
    );
    expect(replayed).toEqual(stored);
  });

  it('two officers on the same version: one succeeds, the other gets 409 with the current state', async () => {
    const d = await receivedDossier();
    const [a, b] = await Promise.all([
      act(specialist, d, { action: 'claim' }),
      act(leader, d, { action: 'assign', handlerId: specialist.userId }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json()).toMatchObject({ code: 'DOSSIER_VERSION_CONFLICT' });
    const later = await act(leader, d, { action: 'assign', handlerId: leader.userId });
    expectProblem(later, 409, 'DOSSIER_VERSION_CONFLICT');
    expect(later.json()).toMatchObject({ currentVersion: d.version + 1, state: 'in_progress' });
  });

  it('only the handler works a dossier; a colleague of the same agency may not', async () => {
    let d = await receivedDossier();
    d = await ok(leader, d, { action: 'assign', handlerId: leader.userId });
    expect(d.processing.handler?.id).toBe(leader.userId);
    const asColleague = (await t.as(specialist).get(`/api/v1/dossiers/${d.id}`)).json();
    expect(asColleague.allowedActions).toEqual([]);
    expectProblem(
      await act(specialist, d, {
        action: 'request_supplement',
        items: [{ name: 'A', reason: 'B' }],
      }),
      403,
      'FORBIDDEN',
    );
    // Given to the specialist, it is theirs to work.
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    expect(
      (await t.as(specialist).get(`/api/v1/dossiers/${d.id}`)).json().allowedActions,
    ).toContain('request_supplement');
  });

  it('refused actions change nothing and say why by name', async () => {
    let d = await receivedDossier();
    d = await ok(specialist, d, { action: 'claim' });
    const version = d.version;
    // Not allowed for the role, or from another agency.
    expectProblem(await act(specialist, d, { action: 'approve' }), 403, 'FORBIDDEN');
    expectProblem(
      await act(counter, d, { action: 'assign', handlerId: specialist.userId }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await act(otherAgency, d, { action: 'claim' }), 404, 'NOT_FOUND');
    // Not allowed in this state.
    expectProblem(
      await act(counter, d, { action: 'return_result', channel: 'counter' }),
      409,
      'DOSSIER_TRANSITION_FORBIDDEN',
    );
    // A handler from outside the competent agency.
    expectProblem(
      await act(leader, d, { action: 'assign', handlerId: otherAgency.userId }),
      422,
      'HANDLER_INVALID',
    );
    // A missing reason, an unknown action.
    expectProblem(await act(counter, d, { action: 'withdraw' }), 400, 'VALIDATION_FAILED');
    expectProblem(await act(counter, d, { action: 'teleport' }), 400, 'VALIDATION_FAILED');
    // Supplementation at most once.
    d = await ok(specialist, d, {
      action: 'request_supplement',
      items: [{ name: 'A', reason: 'B' }],
    });
    d = await ok(counter, d, { action: 'supplement' });
    const second = await act(specialist, d, {
      action: 'request_supplement',
      items: [{ name: 'A', reason: 'B' }],
    });
    expectProblem(second, 422, 'SUPPLEMENT_ALREADY_REQUESTED');
    const after = await t.as(specialist).get(`/api/v1/dossiers/${d.id}`);
    expect((after.json() as DossierDetail).version).toBe(d.version);
    expect(d.version).toBe(version + 2);
  });

  it('an extension: asked in time, once, approved by the centre, and the applicant is told', async () => {
    let d = await receivedDossier();
    d = await ok(specialist, d, { action: 'claim' });
    // A dossier with a week left (the test procedure has one working day).
    await sql`UPDATE dossiers SET due_at = now() + interval '7 days', version = version + 1
      WHERE id = ${d.id}::uuid`.execute(t.db);
    d = await reload(specialist, d);
    d = await ok(specialist, d, {
      action: 'request_extension',
      reason: 'Chờ kết quả xác minh của Công an xã',
      extra: 2,
    });
    expect(d.processing.extension).toMatchObject({ decision: null });
    // The supervisors who decide it are told.
    const supervisors = (await t.as(supervisor).get('/api/v1/notifications')).json().items as {
      kind: string;
      dossierId: string;
    }[];
    expect(supervisors).toContainEqual(
      expect.objectContaining({ kind: 'dossier.extension_requested', dossierId: d.id }),
    );
    expectProblem(
      await act(specialist, d, { action: 'request_extension', reason: 'Lần nữa', extra: 1 }),
      422,
      'EXTENSION_ALREADY_REQUESTED',
    );
    // Only the centre decides.
    expectProblem(
      await act(leader, d, { action: 'decide_extension', approve: true }),
      403,
      'FORBIDDEN',
    );
    const before = d.dueAt;
    d = await ok(supervisor, d, { action: 'decide_extension', approve: true });
    expect(d.dueAt).toBe(d.processing.extension?.proposedDueAt);
    expect(Date.parse(d.dueAt as string)).toBeGreaterThan(Date.parse(before as string));
    const told = await t.db
      .selectFrom('outbox')
      .select(sql<string>`payload->>'text'`.as('text'))
      .where('topic', '=', 'notify.applicant')
      .where('key', '=', d.id)
      .execute();
    expect(told[0]?.text).toContain('gia hạn');
  });

  it('a late dossier is finished only with who is answerable and why', async () => {
    let d = await receivedDossier();
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    d = await ok(specialist, d, { action: 'forward', handlerId: leader.userId });
    await sql`UPDATE dossiers SET due_at = now() - interval '1 hour', version = version + 1
      WHERE id = ${d.id}::uuid`.execute(t.db);
    d = await reload(leader, d);
    expectProblem(await act(leader, d, { action: 'approve' }), 422, 'LATE_EXPLANATION_REQUIRED');
    d = await ok(leader, d, {
      action: 'approve',
      lateExplanation: { who: 'Chuyên viên Trần Văn Minh', why: 'Chờ ý kiến của Sở Tư pháp' },
    });
    expect(d.processing.result).toMatchObject({ kind: 'granted', timeliness: 'late' });
    expect(d.history.at(-1)?.data).toMatchObject({
      late: { who: 'Chuyên viên Trần Văn Minh' },
    });
  });

  it('refusal after appraisal is the result; a withdrawal before the decision stops the dossier', async () => {
    let d = await receivedDossier();
    d = await ok(specialist, d, { action: 'claim' });
    d = await ok(specialist, d, {
      action: 'refuse_after_appraisal',
      reasons: ['Người đi khai không có quan hệ với trẻ'],
    });
    expect(d).toMatchObject({ state: 'decided', nationalStatus: 9 });
    expect(d.processing.result).toMatchObject({ kind: 'refused' });

    let w = await receivedDossier();
    w = await ok(counter, w, {
      action: 'withdraw',
      reason: 'Người nộp xin rút để bổ sung giấy tờ',
    });
    expect(w).toMatchObject({ state: 'withdrawn', nationalStatus: 7 });
  });
});

describe('the sweeps', () => {
  it('close a dossier not supplemented within 15 days, once, even when two instances sweep', async () => {
    let d = await receivedDossier();
    d = await ok(specialist, d, { action: 'claim' });
    d = await ok(specialist, d, {
      action: 'request_supplement',
      items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }],
    });
    const waiting = await receivedDossier();
    const closesAt = Date.parse(d.processing.supplement?.closesAt as string);
    // Not yet: nothing happens.
    expect(await closeUnsupplemented(t.db, new Date(closesAt - 60_000))).toBe(0);
    const results = await Promise.all([
      closeUnsupplemented(t.db, new Date(closesAt + 1)),
      closeUnsupplemented(t.db, new Date(closesAt + 1)),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    const after = (await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json() as DossierDetail;
    expect(after).toMatchObject({ state: 'closed_unsupplemented', nationalStatus: 8 });
    expect(after.history.filter((h) => h.action === 'close_unsupplemented')).toHaveLength(1);
    expect(after.history.at(-1)?.actor).toMatchObject({ type: 'system', id: 'sweeper' });
    expect(await closeUnsupplemented(t.db, new Date(closesAt + 2))).toBe(0);
    const untouched = (await t.as(counter).get(`/api/v1/dossiers/${waiting.id}`)).json();
    expect(untouched.state).toBe('received');
  });
});

describe('agency names in lists', () => {
  it('are the names in force, as on the dossier page', async () => {
    const d = await receivedDossier();
    const renamed = 'Ủy ban nhân dân phường Kinh Bắc (tên mới)';
    await sql`INSERT INTO agency_names (agency_id, valid_from, name)
      VALUES (${d.competentAgency.id}::uuid, ${localDate(new Date())}::date, ${renamed})`.execute(
      t.db,
    );
    const inbox = (await t.as(specialist).get('/api/v1/inbox?limit=200')).json();
    expect(inbox.items.find((i: { id: string }) => i.id === d.id)?.competentAgency.name).toBe(
      renamed,
    );
    const list = (await t.as(counter).get('/api/v1/dossiers?limit=200')).json();
    expect(list.items.find((i: { id: string }) => i.id === d.id)?.competentAgencyName).toBe(
      renamed,
    );
    expect((await t.as(counter).get(`/api/v1/dossiers/${d.id}`)).json().competentAgency.name).toBe(
      renamed,
    );
  });
});

describe('deadline warnings', () => {
  const noticesOf = async (who: Client, dossierId: string) =>
    (
      (await t.as(who).get('/api/v1/notifications')).json().items as {
        kind: string;
        dossierId: string;
        title: string;
      }[]
    )
      .filter((n) => n.dossierId === dossierId)
      .map((n) => n.kind);

  it('warn the handler and the leaders once when a dossier is likely late, once when overdue, and again for a new due date', async () => {
    let d = await receivedDossier();
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    const due = Date.parse(d.dueAt as string);
    // With more than a working day left, nothing.
    const early = await warnOfDeadlines(t.db, new Date(due - 10 * 86_400_000));
    expect(early.likely_late).toBe(0);
    expect(await noticesOf(specialist, d.id)).not.toContain('dossier.likely_late');
    // One minute before the due time: two sweeps at once warn once.
    const soon = new Date(due - 60_000);
    await Promise.all([warnOfDeadlines(t.db, soon), warnOfDeadlines(t.db, soon)]);
    expect(
      (await noticesOf(specialist, d.id)).filter((k) => k === 'dossier.likely_late'),
    ).toHaveLength(1);
    expect((await noticesOf(leader, d.id)).filter((k) => k === 'dossier.likely_late')).toHaveLength(
      1,
    );
    // Another agency's officers hear nothing of it.
    expect(await noticesOf(otherAgency, d.id)).toEqual([]);
    await warnOfDeadlines(t.db, soon);
    expect(
      (await noticesOf(specialist, d.id)).filter((k) => k === 'dossier.likely_late'),
    ).toHaveLength(1);
    // Past the due time: overdue, once.
    const late = new Date(due + 60_000);
    await warnOfDeadlines(t.db, late);
    await warnOfDeadlines(t.db, late);
    expect((await noticesOf(specialist, d.id)).filter((k) => k === 'dossier.overdue')).toHaveLength(
      1,
    );
    const alerts = await t.db
      .selectFrom('dossier_alerts')
      .select(['kind', 'due_at'])
      .where('dossier_id', '=', d.id)
      .orderBy('at')
      .execute();
    expect(alerts.map((a) => a.kind)).toEqual(['likely_late', 'overdue']);
    // A new due date (here moved by hand, as an extension would) warns again when it nears.
    await sql`UPDATE dossiers SET due_at = due_at + interval '7 days', version = version + 1
      WHERE id = ${d.id}::uuid`.execute(t.db);
    await warnOfDeadlines(t.db, new Date(due + 7 * 86_400_000 - 60_000));
    expect(
      (await noticesOf(specialist, d.id)).filter((k) => k === 'dossier.likely_late'),
    ).toHaveLength(2);
    const finished = await receivedDossier();
    await ok(counter, finished, { action: 'withdraw', reason: 'Không còn nhu cầu' });
    await warnOfDeadlines(t.db, new Date(Date.parse(finished.dueAt as string) + 60_000));
    expect(await noticesOf(leader, finished.id)).toEqual([]);
  });
});

describe('the result and the citizen’s data store', () => {
  const upload = async (who: Client, bytes: Buffer) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/files',
      headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/pdf' },
      payload: bytes,
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json().sha256 as string;
  };
  const atLastStep = async () => {
    let d = await receivedDossier();
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    return ok(specialist, d, { action: 'forward', handlerId: leader.userId });
  };
  const storeOf = async (who: Client, owner: string, all = false) =>
    (
      await t.as(who).get(`/api/v1/citizen-documents?ownerIdNumber=${owner}&includeReplaced=${all}`)
    ).json().items as {
      id: string;
      documentCode: string;
      title: string;
      replaced: unknown;
      dossier: { id: string };
    }[];

  it('gets its code from the owner’s ID and the result type, and its file is kept for reuse', async () => {
    const d = await atLastStep();
    const owner = '027095001234';
    const before = (await storeOf(counter, owner)).length;
    const sha = await upload(leader, samplePdf('giay khai sinh'));
    // A code typed wrong is refused by name with the right one; nothing changes.
    const wrong = await act(leader, d, {
      action: 'approve',
      fileSha256: sha,
      documentCode: '027095001234.KS',
    });
    expectProblem(wrong, 422, 'RESULT_DOCUMENT_CODE_INVALID');
    expect(wrong.json().expectedDocumentCode).toBe('027095001234.KQ.HT.KS');
    const missing = await act(leader, d, { action: 'approve', fileSha256: 'a'.repeat(64) });
    expectProblem(missing, 422, 'FILE_NOT_FOUND');
    expectProblem(
      await act(leader, d, { action: 'approve', resultType: 5 }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await t.as(leader).get(`/api/v1/dossiers/${d.id}`)).json().version).toBe(d.version);

    const decided = await ok(leader, d, { action: 'approve', fileSha256: sha });
    expect(decided.processing.result).toMatchObject({
      documentCode: '027095001234.KQ.HT.KS',
      fileSha256: sha,
    });
    const kept = await storeOf(specialist, owner);
    expect(kept).toHaveLength(before + 1);
    const doc = kept.find((k) => k.dossier.id === d.id);
    expect(doc).toMatchObject({
      documentCode: '027095001234.KQ.HT.KS',
      title: 'Giấy khai sinh (bản chính)',
      replaced: null,
    });
    const file = await t.as(counter).get(`/api/v1/citizen-documents/${doc?.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(samplePdf('giay khai sinh'))).toBe(true);

    // Corrected with a new file: the new one is in force, the erroneous one kept as replaced.
    const fixed = await upload(leader, samplePdf('giay khai sinh da dinh chinh'));
    await ok(leader, decided, {
      action: 'correct_result',
      reason: 'Sai ngày sinh',
      fileSha256: fixed,
    });
    const now = await storeOf(counter, owner);
    expect(now.filter((k) => k.dossier.id === d.id)).toHaveLength(1);
    const all = (await storeOf(counter, owner, true)).filter((k) => k.dossier.id === d.id);
    expect(all).toHaveLength(2);
    expect(all.find((k) => k.id === doc?.id)?.replaced).toMatchObject({ reason: 'Sai ngày sinh' });
    // The dossier's own link gives the result in force: the corrected one.
    const inForce = await t.as(specialist).get(`/api/v1/dossiers/${d.id}/result-file`);
    expect(inForce.statusCode).toBe(200);
    expect(inForce.rawPayload.equals(samplePdf('giay khai sinh da dinh chinh'))).toBe(true);
    expect((await t.as(otherAgency).get(`/api/v1/dossiers/${d.id}/result-file`)).statusCode).toBe(
      404,
    );
    // Only officers read the store.
    const anonymous = await t.app.inject({
      method: 'GET',
      url: `/api/v1/citizen-documents?ownerIdNumber=${owner}`,
    });
    expectProblem(anonymous, 401, 'AUTH_REQUIRED');
  });
});

describe('whom a dossier may be given to', () => {
  it('lists the competent agency’s officers for the handler and the leader, and nobody else sees it', async () => {
    let d = await receivedDossier();
    const forLeader = (await t.as(leader).get(`/api/v1/dossiers/${d.id}/handlers`)).json();
    const ids = forLeader.items.map((u: { id: string }) => u.id);
    expect(ids).toContain(specialist.userId);
    expect(ids).toContain(leader.userId);
    expect(ids).not.toContain(otherAgency.userId);
    d = await ok(leader, d, { action: 'assign', handlerId: specialist.userId });
    // The handler, who may not read the users' list, can still name the next step's handler.
    const forHandler = await t.as(specialist).get(`/api/v1/dossiers/${d.id}/handlers`);
    expect(forHandler.statusCode).toBe(200);
    expect(
      forHandler.json().items.find((u: { id: string }) => u.id === specialist.userId)?.current,
    ).toBe(true);
    expectProblem(await t.as(counter).get(`/api/v1/dossiers/${d.id}/handlers`), 403, 'FORBIDDEN');
    expectProblem(
      await t.as(otherAgency).get(`/api/v1/dossiers/${d.id}/handlers`),
      404,
      'NOT_FOUND',
    );
  });
});

describe('actions at the same moment', () => {
  it('many at once are each written once; two on one version are one change and one 409', async () => {
    const dossiers = await Promise.all(Array.from({ length: 12 }, () => receivedDossier()));
    const minimal = (d: DossierDetail, handlerId: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${d.id}/actions`,
        headers: { cookie: leader.cookie, 'x-csrf-token': leader.csrf, prefer: 'return=minimal' },
        payload: { version: d.version, action: 'assign', handlerId },
      });
    // Both leaders' clicks on every dossier arrive together: they go in the same groups.
    const answers = await Promise.all(
      dossiers.flatMap((d) => [minimal(d, specialist.userId), minimal(d, leader.userId)]),
    );
    for (const [k, d] of dossiers.entries()) {
      const pair = [answers[2 * k], answers[2 * k + 1]] as LightMyRequestResponse[];
      expect(pair.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const won = pair.find((r) => r.statusCode === 200) as LightMyRequestResponse;
      expect(won.headers['preference-applied']).toBe('return=minimal');
      expect(won.json()).toEqual({
        id: d.id,
        version: d.version + 1,
        state: 'in_progress',
        nationalStatus: 4,
      });
      const after = (await t.as(leader).get(`/api/v1/dossiers/${d.id}`)).json() as DossierDetail;
      expect(after.version).toBe(d.version + 1);
      expect(after.history.filter((h) => h.action === 'assign')).toHaveLength(1);
      const jobs = await t.db
        .selectFrom('outbox')
        .select('id')
        .where('topic', '=', 'dvcqg.status')
        .where('key', '=', d.id)
        .execute();
      expect(jobs).toHaveLength(2);
    }
  });
});

describe('handing a dossier on', () => {
  it('to an officer deactivated a moment ago is refused, though the officer was named just before', async () => {
    const first = await ok(leader, await receivedDossier(), {
      action: 'assign',
      handlerId: specialist.userId,
    });
    expect(first.processing.handler?.id).toBe(specialist.userId);
    await sql`UPDATE users SET active = false WHERE id = ${specialist.userId}::uuid`.execute(t.db);
    try {
      expectProblem(
        await act(leader, await receivedDossier(), {
          action: 'assign',
          handlerId: specialist.userId,
        }),
        422,
        'HANDLER_INVALID',
      );
    } finally {
      await sql`UPDATE users SET active = true WHERE id = ${specialist.userId}::uuid`.execute(t.db);
    }
  });
});

describe('the grouped write of actions', () => {
  it('takes one of two actions on the same dossier and version in one group, and says which', async () => {
    const d = await receivedDossier();
    const row = await findDossier(t.db, d.id);
    if (!row) throw new Error('no dossier');
    const facts = factsOf(row);
    const write = (handlerId: string) => ({
      id: d.id,
      version: d.version,
      columns: columnsOf({ ...facts, state: 'in_progress' as const, handlerId }),
      transition: transitionRecord(
        { kind: 'system', id: 'test', scopes: [], agencyPath: '' },
        {
          agencyId: d.competentAgency.id,
          action: 'assign',
          from: 'received',
          to: 'in_progress',
          at: new Date(),
          data: { handlerId },
          index: indexedOf(row),
        },
      ),
      notices: [{ userId: handlerId, kind: 'dossier.assigned', title: 'x' }],
      messages: [],
    });
    const written = await writeTransitions(t.db, [write(specialist.userId), write(leader.userId)]);
    expect(written).toEqual([true, false]);
    const after = await findDossier(t.db, d.id);
    expect(after).toMatchObject({ version: d.version + 1, handler_id: specialist.userId });
    const events = await t.db
      .selectFrom('dossier_events')
      .select('action')
      .where('dossier_id', '=', d.id)
      .execute();
    expect(events.map((e) => e.action)).toEqual(['receive', 'assign']);
    const notices = await t.db
      .selectFrom('notifications')
      .select('user_id')
      .where('dossier_id', '=', d.id)
      .where('kind', '=', 'dossier.assigned')
      .execute();
    expect(notices).toEqual([{ user_id: specialist.userId }]);
  });
});
