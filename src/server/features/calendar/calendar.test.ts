import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../../../../test/support/test-app.js';

describe('the calendar API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, payload });

  it('lists days with weekday, lunar date, kind and name, without sign-in', async () => {
    const res = await get('/api/v1/calendar/days?from=2026-04-25&to=2026-04-27');
    expect(res.statusCode).toBe(200);
    expect(res.json().days).toEqual([
      {
        date: '2026-04-25',
        weekday: 6,
        lunar: { day: 9, month: 3, year: 2026, leap: false },
        kind: 'weekend',
        name: null,
      },
      {
        date: '2026-04-26',
        weekday: 7,
        lunar: { day: 10, month: 3, year: 2026, leap: false },
        kind: 'holiday',
        name: 'Giỗ Tổ Hùng Vương',
      },
      {
        date: '2026-04-27',
        weekday: 1,
        lunar: { day: 11, month: 3, year: 2026, leap: false },
        kind: 'day_off',
        name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      },
    ]);
  });

  it('serves up to 3,700 days and refuses more, reversed ranges and impossible dates, naming the field', async () => {
    const last = new Date(Date.UTC(2020, 0, 1) + 3_699 * 86_400_000).toISOString().slice(0, 10);
    expect(
      (await get(`/api/v1/calendar/days?from=2020-01-01&to=${last}`)).json().days,
    ).toHaveLength(3_700);
    const oneMore = new Date(Date.UTC(2020, 0, 1) + 3_700 * 86_400_000).toISOString().slice(0, 10);
    expectProblem(
      await get(`/api/v1/calendar/days?from=2020-01-01&to=${oneMore}`),
      400,
      'VALIDATION_FAILED',
    );
    const tooLong = expectProblem(
      await get('/api/v1/calendar/days?from=2020-01-01&to=2030-12-31'),
      400,
      'VALIDATION_FAILED',
    );
    expect((tooLong as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'querystring.to',
    );
    const reversed = expectProblem(
      await get('/api/v1/calendar/days?from=2026-02-10&to=2026-02-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect((reversed as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'querystring.to',
    );
    const impossible = expectProblem(
      await get('/api/v1/calendar/days?from=2026-02-30&to=2026-03-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect((impossible as unknown as { errors: { field: string }[] }).errors[0]?.field).toBe(
      'querystring.from',
    );
    expectProblem(
      await get('/api/v1/calendar/days?from=1899-12-01&to=1900-01-02'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('computes due dates in every unit', async () => {
    const due = async (start: string, amount: number, unit: string, pauses?: object[]) => {
      const res = await post('/api/v1/calendar/deadline', {
        start,
        amount,
        unit,
        ...(pauses ? { pauses } : {}),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().due as string;
    };
    expect(await due('2026-11-23T09:00:00+07:00', 1, 'working_days')).toBe(
      '2026-11-24T02:00:00.000Z',
    );
    expect(await due('2026-11-28T10:00:00+07:00', 1, 'working_days')).toBe(
      '2026-11-30T10:00:00.000Z',
    );
    expect(await due('2026-11-25T11:00:00+07:00', 2, 'working_hours')).toBe(
      '2026-11-25T07:00:00.000Z',
    );
    expect(await due('2026-11-25T10:00:00+07:00', 10, 'days')).toBe('2026-12-07T17:00:00.000Z');
    expect(await due('2026-03-16T10:00:00+07:00', 1, 'months')).toBe('2026-04-16T17:00:00.000Z');
    expect(await due('2026-11-25T10:00:00+07:00', 3, 'hours')).toBe('2026-11-25T06:00:00.000Z');
    const paused = await due('2026-11-23T08:00:00+07:00', 4, 'working_hours', [
      { from: '2026-11-23T10:00:00+07:00', to: '2026-11-24T10:00:00+07:00' },
    ]);
    expect(paused).toBe('2026-11-24T05:00:00.000Z');
    const res = await post('/api/v1/calendar/deadline', {
      start: '2026-11-23T09:00:00+07:00',
      amount: 1,
      unit: 'working_days',
    });
    expect(res.json().dueLocal).toMatch(/09:00.*24 tháng 11, 2026|24.*11.*2026/);
  });

  it('counts working minutes between instants, without pauses', async () => {
    const res = await post('/api/v1/calendar/elapsed', {
      from: '2026-11-23T08:00:00+07:00',
      to: '2026-11-24T12:00:00+07:00',
      pauses: [{ from: '2026-11-23T10:00:00+07:00', to: '2026-11-24T10:00:00+07:00' }],
    });
    expect(res.json()).toEqual({ workingMinutes: 240 });
  });

  it('refuses unknown units, negative and absurd amounts, bad pauses, naming each field', async () => {
    const fields = async (body: object) => {
      const res = await post('/api/v1/calendar/deadline', body);
      const problem = expectProblem(res, 400, 'VALIDATION_FAILED') as unknown as {
        errors: { field: string }[];
      };
      return problem.errors.map((e) => e.field);
    };
    const start = '2026-11-23T08:00:00+07:00';
    expect(await fields({ start, amount: 1, unit: 'fortnights' })).toEqual(['body.unit']);
    expect(await fields({ start, amount: -1, unit: 'working_days' })).toEqual(['body.amount']);
    expect(await fields({ start, amount: 1.5, unit: 'working_days' })).toEqual(['body.amount']);
    expect(await fields({ start, amount: 1_000_000, unit: 'working_days' })).toEqual([
      'body.amount',
    ]);
    expect(await fields({ start: '2026-02-30T08:00:00+07:00', amount: 1, unit: 'days' })).toEqual([
      'body.start',
    ]);
    expect(
      await fields({
        start,
        amount: 1,
        unit: 'working_days',
        pauses: [
          { from: '2026-11-23T10:00:00+07:00', to: '2026-11-23T12:00:00+07:00' },
          { from: '2026-11-23T11:00:00+07:00', to: '2026-11-23T09:00:00+07:00' },
        ],
      }),
    ).toEqual(expect.arrayContaining(['body.pauses.1.to', 'body.pauses.1.from']));
    const outside = await post('/api/v1/calendar/elapsed', {
      from: '2026-11-23T08:00:00+07:00',
      to: '2026-11-24T08:00:00+07:00',
      pauses: [{ from: '2026-11-23T10:00:00+07:00', to: '2026-11-25T10:00:00+07:00' }],
    });
    expect(
      (
        expectProblem(outside, 400, 'VALIDATION_FAILED') as unknown as {
          errors: { field: string }[];
        }
      ).errors[0]?.field,
    ).toBe('body.pauses.0.to');
    const reversed = await post('/api/v1/calendar/elapsed', {
      from: '2026-11-24T08:00:00+07:00',
      to: '2026-11-23T08:00:00+07:00',
    });
    expect(
      (
        expectProblem(reversed, 400, 'VALIDATION_FAILED') as unknown as {
          errors: { field: string }[];
        }
      ).errors[0]?.field,
    ).toBe('body.to');
  });

  it('says when an answer would fall outside the supported years', async () => {
    const res = await post('/api/v1/calendar/deadline', {
      start: '2199-12-01T08:00:00+07:00',
      amount: 300,
      unit: 'months',
    });
    expectProblem(res, 422, 'CALENDAR_OUT_OF_RANGE');
  });

  it('a provincial administrator replaces a year’s notice; the change is audited and used at once', async () => {
    const year2027 = (await get('/api/v1/calendar/years/2027')).json();
    expect(year2027).toMatchObject({
      year: 2027,
      canChi: 'Đinh Mùi',
      source: 'generated',
      version: 0,
      reference: null,
    });
    const before = await post('/api/v1/calendar/deadline', {
      start: '2027-11-23T08:00:00+07:00',
      amount: 1,
      unit: 'working_days',
    });
    expect(before.json().due).toBe('2027-11-23T10:00:00.000Z');

    const commune = await t.login('quantri.kinhbac');
    const body = {
      version: 0,
      reference: 'Thông báo số 1/TB-BNV (thử)',
      entries: [
        ...year2027.generated,
        { date: '2027-11-23', kind: 'holiday', name: 'Ngày thử nghiệm' },
      ],
    };
    expectProblem(await t.as(commune).put('/api/v1/calendar/years/2027', body), 403, 'FORBIDDEN');
    expectProblem(
      await t.app.inject({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload: body }),
      401,
      'AUTH_REQUIRED',
    );

    const admin = await t.login('quantri.tinh');
    const saved = await t.as(admin).put('/api/v1/calendar/years/2027', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      source: 'notice',
      version: 1,
      reference: 'Thông báo số 1/TB-BNV (thử)',
    });
    const after = await post('/api/v1/calendar/deadline', {
      start: '2027-11-23T08:00:00+07:00',
      amount: 1,
      unit: 'working_days',
    });
    expect(after.json().due).toBe('2027-11-24T10:00:00.000Z');
    expectProblem(
      await t.as(admin).put('/api/v1/calendar/years/2027', body),
      409,
      'VERSION_CONFLICT',
    );

    const wrongYear = await t.as(admin).put('/api/v1/calendar/years/2028', {
      version: 0,
      reference: 'Thông báo',
      entries: [{ date: '2027-01-01', kind: 'holiday', name: 'Sai năm' }],
    });
    expect(
      (
        expectProblem(wrongYear, 400, 'VALIDATION_FAILED') as unknown as {
          errors: { field: string }[];
        }
      ).errors[0]?.field,
    ).toBe('body.entries.0.date');

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'data'])
      .where('subject_type', '=', 'calendar_year')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe('calendar.notice_set');
  });

  it('office hours are data an administrator changes, validated', async () => {
    const admin = await t.login('quantri.tinh');
    const bad = await t.as(admin).put('/api/v1/calendar/office-hours', {
      seasons: [
        { from: '01-01', weekdays: [1, 2, 3, 4, 5], sessions: [{ start: '13:00', end: '12:00' }] },
      ],
    });
    expect(
      (expectProblem(bad, 400, 'VALIDATION_FAILED') as unknown as { errors: { field: string }[] })
        .errors[0]?.field,
    ).toBe('body.seasons.0.sessions.0');
    const summer = {
      seasons: [
        {
          from: '01-01',
          weekdays: [1, 2, 3, 4, 5],
          sessions: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
        },
        {
          from: '05-01',
          weekdays: [1, 2, 3, 4, 5],
          sessions: [
            { start: '07:30', end: '11:30' },
            { start: '13:30', end: '17:30' },
          ],
        },
        {
          from: '10-01',
          weekdays: [1, 2, 3, 4, 5],
          sessions: [
            { start: '08:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
        },
      ],
    };
    expect((await t.as(admin).put('/api/v1/calendar/office-hours', summer)).statusCode).toBe(200);
    const due = await post('/api/v1/calendar/deadline', {
      start: '2027-06-07T07:00:00+07:00',
      amount: 4,
      unit: 'working_hours',
    });
    expect(due.json().due).toBe('2027-06-07T04:30:00.000Z'); // 07:30 + 4 h = 11:30
    expect((await get('/api/v1/calendar/office-hours')).json()).toEqual(summer);
  });
});

describe('who may edit the calendar', () => {
  it('is told by the year view: a provincial administrator yes, a commune one and the public no', async () => {
    const t = await createTestApp();
    try {
      const read = async (headers: Record<string, string> = {}) =>
        (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/years/2026', headers })).json()
          .canEdit;
      const province = await t.login('quantri.tinh');
      const commune = await t.login('quantri.kinhbac');
      expect(await read()).toBe(false);
      expect(await read({ cookie: province.cookie })).toBe(true);
      expect(await read({ cookie: commune.cookie })).toBe(false);
    } finally {
      await t.close();
    }
  });
});
