import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import {
  type CatalogComponent,
  intakeProblems,
  missingMandatory,
  supplementItems,
} from './intake-rules.js';
import { percentUsed } from './progress.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);

const catalog: CatalogComponent[] = [
  { name: 'Tờ khai', mandatory: true, originals: 1, copies: 0 },
  { name: 'Giấy chứng sinh', mandatory: true, originals: 1, copies: 0 },
  { name: 'Giấy ủy quyền', mandatory: false, originals: 1, copies: 0 },
];

describe('completeness at intake', () => {
  it('receives only when every mandatory component is provided, naming each one missing', () => {
    expect(
      intakeProblems(
        catalog,
        [
          { index: 0, provided: true, files: [] },
          { index: 1, provided: true, files: [] },
        ],
        'received',
        { missingItems: 0, reasons: 0 },
      ),
    ).toEqual([]);
    const problems = intakeProblems(
      catalog,
      [{ index: 0, provided: true, files: [] }],
      'received',
      { missingItems: 0, reasons: 0 },
    );
    expect(problems).toEqual([
      {
        path: 'components',
        code: 'mandatory_missing',
        message: 'Thiếu thành phần bắt buộc: Giấy chứng sinh',
      },
    ]);
  });

  it('refuses unknown and repeated components, and scans on a component not provided', () => {
    const codes = intakeProblems(
      catalog,
      [
        { index: 5, provided: true, files: [] },
        { index: 0, provided: false, files: [{ sha256: 'a' }] },
        { index: 0, provided: true, files: [] },
      ],
      'incomplete',
      { missingItems: 1, reasons: 0 },
    ).map((p) => p.code);
    expect(codes.sort()).toEqual([
      'duplicate_component',
      'files_without_component',
      'unknown_component',
    ]);
  });

  it('property: an outcome is accepted exactly when the law allows it', () => {
    const provided = fc.uniqueArray(
      fc.record({ index: fc.integer({ min: 0, max: 2 }), provided: fc.boolean() }),
      { selector: (p) => p.index },
    );
    fc.assert(
      fc.property(
        provided,
        fc.constantFrom('received', 'incomplete', 'refused' as const),
        fc.nat(3),
        fc.nat(3),
        (given, outcome, items, reasons) => {
          const input = given.map((g) => ({ ...g, files: [] }));
          const ok =
            intakeProblems(catalog, input, outcome, { missingItems: items, reasons }).length === 0;
          const missing = missingMandatory(catalog, input).length;
          const expected =
            outcome === 'received'
              ? missing === 0
              : outcome === 'incomplete'
                ? missing + items > 0
                : reasons > 0;
          expect(ok).toBe(expected);
        },
      ),
    );
  });
});

describe('Form 02’s list', () => {
  it('names each missing item once: missing mandatory components first, the officer’s reason kept', () => {
    const items = supplementItems(
      catalog,
      [{ index: 0, provided: true, files: [] }],
      [
        { name: 'Giấy chứng sinh', reason: 'Chưa có bản chính' },
        { name: 'Tờ khai', reason: 'Thiếu chữ ký' },
      ],
    );
    expect(items).toEqual([
      { name: 'Giấy chứng sinh', reason: 'Chưa có bản chính' },
      { name: 'Tờ khai', reason: 'Thiếu chữ ký' },
    ]);
    expect(supplementItems(catalog, [], [])).toEqual([
      { name: 'Tờ khai', reason: 'Chưa có thành phần hồ sơ bắt buộc' },
      { name: 'Giấy chứng sinh', reason: 'Chưa có thành phần hồ sơ bắt buộc' },
    ]);
  });
});

describe('progress shown to the public', () => {
  const at = (s: string) => Date.parse(s);
  // Received Friday 27/11/2026 16:00 with 1 WD: due Monday 30/11 16:00.
  const clock = { start: at('2026-11-27T16:00:00+07:00'), due: at('2026-11-30T16:00:00+07:00') };

  it('is the share of the working time gone by, from 0 to 100', () => {
    expect(percentUsed(calendar, { start: null, due: null }, Date.now())).toBe(0);
    expect(percentUsed(calendar, clock, at('2026-11-27T15:00:00+07:00'))).toBe(0);
    // The weekend uses nothing: one of eight working hours is gone.
    expect(percentUsed(calendar, clock, at('2026-11-28T12:00:00+07:00'))).toBe(13);
    expect(percentUsed(calendar, clock, at('2026-11-30T12:00:00+07:00'))).toBe(63);
    expect(percentUsed(calendar, clock, at('2026-12-05T12:00:00+07:00'))).toBe(100);
  });

  it('stands still while the applicant is awaited', () => {
    const paused = { ...clock, pausedAt: at('2026-11-30T09:00:00+07:00') };
    expect(percentUsed(calendar, paused, at('2026-12-04T12:00:00+07:00'))).toBe(25);
  });
});
