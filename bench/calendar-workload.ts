import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../src/domain/calendar/calendar-source.js';
import type { WorkingCalendar } from '../src/domain/calendar/working-calendar.js';

/**
 * The due-date workload shared by the naive baseline and the indexed suite: 4,096 receipts at
 * random minutes of 2025–2027 with limits of 1–30 working days, as counters see them.
 */
export function calendarWorkload(): {
  calendar: WorkingCalendar;
  starts: Float64Array;
  amounts: Float64Array;
} {
  const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
  const from = Date.parse('2025-01-01T00:00:00+07:00');
  const span = Date.parse('2027-12-31T00:00:00+07:00') - from;
  const starts = new Float64Array(4096);
  const amounts = new Float64Array(4096);
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let i = 0; i < starts.length; i++) {
    starts[i] = from + Math.floor((random() * span) / 60_000) * 60_000;
    amounts[i] = (1 + Math.floor(random() * 30)) * 8 * 3_600_000;
  }
  return { calendar, starts, amounts };
}

/** Calls `op` in batches for about `seconds` on this thread and returns operations per second. */
export function timeSync(
  seconds: number,
  op: (i: number) => number,
): { opsPerSecond: number; ops: number; checksum: number } {
  let ops = 0;
  let checksum = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  let now = started;
  while (now < until) {
    for (let k = 0; k < 1024; k++) checksum += op(ops++ & 4095);
    now = performance.now();
  }
  return { opsPerSecond: ops / ((now - started) / 1000), ops, checksum };
}
