import { addWorkingTime } from '../../src/domain/calendar/deadline.js';
import { calendarWorkload, timeSync } from '../calendar-workload.js';
import { CEILING } from '../ceilings/names.js';
import type { Measurement, Suite } from '../harness.js';

/** Issue "Working time": ≥ 1,000,000 due dates per second on one core, ≥ 20× the day-by-day loop, index < 5 MB. */
export const calendarSuite: Suite = {
  name: 'calendar: due dates',
  async run(ctx): Promise<Measurement[]> {
    const { calendar, starts, amounts } = calendarWorkload();
    const buildStarted = performance.now();
    const { calendar: rebuilt } = calendarWorkload();
    const buildMs = performance.now() - buildStarted;
    timeSync(ctx.warmupSeconds, (i) =>
      addWorkingTime(calendar, starts[i] as number, amounts[i] as number),
    );
    const r = timeSync(ctx.seconds, (i) =>
      addWorkingTime(calendar, starts[i] as number, amounts[i] as number),
    );
    return [
      {
        name: 'calendar.due.indexed',
        value: r.opsPerSecond,
        unit: 'ops/s',
        higherIsBetter: true,
        ceiling: CEILING.calendarNaiveDue,
        target: { ratio: 20, absolute: 1_000_000 },
        details: { ops: r.ops, buildMs },
      },
      {
        name: 'calendar.index.size',
        value: rebuilt.byteSize / 1_048_576,
        unit: 'MB',
        higherIsBetter: false,
        target: { absolute: 5 },
        details: { years: '1900–2199' },
      },
    ];
  },
};
