import fc from 'fast-check';
import {
  compileCalendar,
  SHIPPED_CALENDAR_DATA,
} from '../../src/domain/calendar/calendar-source.js';
import { dueDate } from '../../src/domain/calendar/deadline.js';
import type { DossierTimeline } from '../../src/domain/indicators/on-time.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const at = (iso: string) => Date.parse(iso);

/** A random dossier's timeline around November 2026: received, maybe supplemented, maybe ended. */
export const timeline: fc.Arbitrary<DossierTimeline> = fc
  .record({
    receivedAt: fc.integer({
      min: at('2026-10-01T00:00:00+07:00'),
      max: at('2026-12-10T00:00:00+07:00'),
    }),
    limitDays: fc.integer({ min: 1, max: 20 }),
    supplements: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: 5 * 86_400_000 }),
        wait: fc.option(fc.integer({ min: 3_600_000, max: 20 * 86_400_000 })),
      }),
      { maxLength: 3 },
    ),
    facts: fc.record({
      online: fc.boolean(),
      digitised: fc.boolean(),
      granted: fc.boolean(),
      fileAfter: fc.option(fc.integer({ min: 0, max: 5 * 86_400_000 })),
    }),
    end: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 30 * 86_400_000 }),
        kind: fc.constantFrom(
          'decided' as const,
          'returned' as const,
          'stopped' as const,
          'withdrawn' as const,
        ),
      }),
    ),
  })
  .map(({ receivedAt, limitDays, supplements, facts, end }) => {
    const dues = [
      { from: receivedAt, dueAt: dueDate(calendar, receivedAt, limitDays, 'working_days') },
    ];
    const asked: { at: number; answeredAt: number | null }[] = [];
    let t = receivedAt;
    for (const s of supplements) {
      const askedAt = t + s.after;
      const answeredAt = s.wait === null ? null : askedAt + s.wait;
      asked.push({ at: askedAt, answeredAt });
      if (answeredAt === null) {
        // Still waiting: whatever ends it comes after the request.
        t = askedAt;
        break;
      }
      dues.push({
        from: answeredAt,
        dueAt: dueDate(calendar, answeredAt, limitDays, 'working_days'),
      });
      t = answeredAt;
    }
    const ended = end ? { at: t + end.after, kind: end.kind } : null;
    // A granted result, and maybe its electronic file some time later.
    const grantedAt = ended?.kind === 'decided' && facts.granted ? ended.at : null;
    const eResultAt =
      grantedAt !== null && facts.fileAfter !== null ? grantedAt + facts.fileAfter : null;
    return {
      receivedAt,
      dues,
      supplements: asked,
      end: ended,
      online: facts.online,
      digitised: facts.digitised,
      grantedAt,
      eResultAt,
    };
  });

export const day = fc
  .integer({ min: 0, max: 75 })
  .map((n) => new Date(Date.UTC(2026, 9, 1) + n * 86_400_000).toISOString().slice(0, 10));
