import { addWorkingTimeNaively } from '../../src/domain/calendar/naive-deadline.js';
import { calendarWorkload, timeSync } from '../calendar-workload.js';
import type { Suite } from '../harness.js';
import { CEILING } from './names.js';

/**
 * Not a ceiling to reach but the floor to beat: due dates computed by walking day by day, the
 * way one-stop systems usually do it. The calendar suite reports its speed-up over this.
 */
export const calendarNaiveCeiling: Suite = {
  name: 'baseline: day-by-day due dates',
  async run(ctx) {
    const { calendar, starts, amounts } = calendarWorkload();
    timeSync(ctx.warmupSeconds, (i) =>
      addWorkingTimeNaively(calendar, starts[i] as number, amounts[i] as number),
    );
    const r = timeSync(ctx.seconds, (i) =>
      addWorkingTimeNaively(calendar, starts[i] as number, amounts[i] as number),
    );
    return [
      {
        name: CEILING.calendarNaiveDue,
        value: r.opsPerSecond,
        unit: 'ops/s',
        higherIsBetter: true,
        details: { ops: r.ops, workload: '4096 receipts 2025–2027, 1–30 working days' },
      },
    ];
  },
};
