import { z } from 'zod';
import { DAY_KINDS, FIRST_YEAR, LAST_YEAR } from '../../../domain/calendar/calendar-types.js';
import { UNITS } from '../../../domain/calendar/deadline.js';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const instant = z.iso
  .datetime({ offset: true })
  .describe('ISO 8601 with offset, e.g. 2026-11-25T09:00:00+07:00');
const year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const MAX_DAYS = 3_700;

export const DaysQuery = z.strictObject({ from: isoDate, to: isoDate }).superRefine((q, ctx) => {
  const span = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
  if (span < 1)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'Ngày kết thúc phải không trước ngày bắt đầu',
    });
  else if (span > MAX_DAYS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: `Khoảng ngày tối đa ${MAX_DAYS} ngày` });
  for (const key of ['from', 'to'] as const) {
    const y = Number(q[key].slice(0, 4));
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `Chỉ hỗ trợ các năm ${FIRST_YEAR}–${LAST_YEAR}`,
      });
    }
  }
});

export const CalendarDay = z.object({
  date: isoDate,
  weekday: z.number().int().min(1).max(7).describe('1 Monday … 7 Sunday'),
  lunar: z.object({
    day: z.number().int(),
    month: z.number().int(),
    year: z.number().int(),
    leap: z.boolean(),
  }),
  kind: z.enum(DAY_KINDS),
  name: z.string().nullable().describe('Vietnamese name of the holiday or swap'),
});

export const DaysResponse = z.object({ days: z.array(CalendarDay) }).meta({ id: 'CalendarDays' });

const Pause = z.strictObject({ from: instant, to: instant });

/** Pauses must lie inside [from, to] (when given), run forwards, and not overlap. */
function checkPauses(
  pauses: { from: string; to: string }[] | undefined,
  ctx: z.core.$RefinementCtx,
  bounds: { from?: string; to?: string },
) {
  const sorted = (pauses ?? [])
    .map((p, i) => ({ i, from: Date.parse(p.from), to: Date.parse(p.to) }))
    .sort((a, b) => a.from - b.from);
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (p.to < p.from)
      ctx.addIssue({
        code: 'custom',
        path: ['pauses', p.i, 'to'],
        message: 'Thời điểm kết thúc tạm dừng phải sau thời điểm bắt đầu',
      });
    if (p.from < previousEnd)
      ctx.addIssue({
        code: 'custom',
        path: ['pauses', p.i, 'from'],
        message: 'Các khoảng tạm dừng không được chồng nhau',
      });
    if (bounds.from && p.from < Date.parse(bounds.from))
      ctx.addIssue({
        code: 'custom',
        path: ['pauses', p.i, 'from'],
        message: 'Khoảng tạm dừng phải nằm sau thời điểm bắt đầu',
      });
    if (bounds.to && p.to > Date.parse(bounds.to))
      ctx.addIssue({
        code: 'custom',
        path: ['pauses', p.i, 'to'],
        message: 'Khoảng tạm dừng phải nằm trong khoảng cần tính',
      });
    previousEnd = Math.max(previousEnd, p.to);
  }
}

/** Upper bounds that keep every answer inside the supported years and catch typing slips. */
export const MAX_AMOUNT: Record<(typeof UNITS)[number], number> = {
  working_hours: 80_000,
  working_days: 10_000,
  days: 10_000,
  months: 360,
  hours: 100_000,
};

export const DeadlineBody = z
  .strictObject({
    start: instant,
    amount: z.number().int().min(0).describe('Whole units'),
    unit: z.enum(UNITS),
    pauses: z.array(Pause).max(100).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.amount > MAX_AMOUNT[b.unit]) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Tối đa ${MAX_AMOUNT[b.unit]} đối với đơn vị ${b.unit}`,
      });
    }
    checkPauses(b.pauses, ctx, { from: b.start });
  });

export const DeadlineResponse = z.object({
  due: instant,
  dueLocal: z.string().describe('The due instant in Asia/Ho_Chi_Minh, for people'),
});

export const ElapsedBody = z
  .strictObject({ from: instant, to: instant, pauses: z.array(Pause).max(100).optional() })
  .superRefine((b, ctx) => {
    if (Date.parse(b.to) < Date.parse(b.from)) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'Thời điểm kết thúc phải không trước thời điểm bắt đầu',
      });
    }
    checkPauses(b.pauses, ctx, { from: b.from, to: b.to });
  });

export const ElapsedResponse = z.object({ workingMinutes: z.number().int() });

export const Entry = z.strictObject({
  date: isoDate,
  kind: z.enum(['holiday', 'day_off', 'makeup_workday']),
  name: z.string().trim().min(2).max(200),
});

export const YearParams = z.strictObject({ year });

export const YearView = z
  .object({
    year: z.number().int(),
    canChi: z.string().describe('Lunar year name of most of this solar year, e.g. Bính Ngọ'),
    source: z.enum(['notice', 'generated']),
    reference: z.string().nullable(),
    entries: z.array(Entry),
    generated: z.array(Entry).describe('What the Labour Code rules alone would give'),
    version: z.number().int().describe('0 while the year has no notice'),
    canEdit: z.boolean().describe('Whether the caller may replace this year’s notice'),
  })
  .meta({ id: 'CalendarYear' });

export const SetYearBody = z.strictObject({
  version: z.number().int().min(0),
  reference: z.string().trim().min(3).max(300).describe('Number and title of the official notice'),
  entries: z.array(Entry).max(100),
});

export const SessionSchema = z.strictObject({ start: z.string(), end: z.string() });
export const OfficeHoursBody = z.strictObject({
  seasons: z
    .array(
      z.strictObject({
        from: z.string(),
        weekdays: z.array(z.number().int()).max(7),
        sessions: z.array(SessionSchema).max(6),
      }),
    )
    .min(1)
    .max(12),
});
export const OfficeHoursView = OfficeHoursBody.extend({}).meta({ id: 'OfficeHours' });
