import {
  type CalendarEntry,
  type DayKind,
  FIRST_YEAR,
  LAST_YEAR,
  type OfficeHours,
} from './calendar-types.js';
import { weekdayOfJulianDay } from './holidays.js';
import { fromJulianDay, julianDay, type LunarDate, solarToLunar } from './lunar.js';
import { minutesOf, seasonOn } from './office-hours.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Vietnam has kept UTC+7 without daylight saving since 1975: a fixed offset is exact. */
const OFFSET_MS = 7 * 3_600_000;
const FIRST_JD = julianDay(FIRST_YEAR, 1, 1);
const DAYS = julianDay(LAST_YEAR, 12, 31) - FIRST_JD + 1;
/** Days since 1970-01-01 of the first supported day, to go from an instant to a day index. */
const FIRST_EPOCH_DAY = FIRST_JD - julianDay(1970, 1, 1);

const KIND_CODES: DayKind[] = ['workday', 'weekend', 'holiday', 'day_off', 'makeup_workday'];

export class OutOfCalendarRange extends RangeError {
  constructor() {
    super(`outside the supported years ${FIRST_YEAR}–${LAST_YEAR}`);
    this.name = 'OutOfCalendarRange';
  }
}

export interface DayInfo {
  date: string;
  weekday: number;
  kind: DayKind;
  name: string | null;
  lunar: LunarDate;
  /** Working sessions of the day, in minutes after local midnight; empty on a day off. */
  sessions: readonly (readonly [number, number])[];
}

export interface CalendarSource {
  officeHours: OfficeHours;
  /** The entries in force for a year: its notice when there is one, else the generated list. */
  entriesFor(year: number): CalendarEntry[];
}

/**
 * The working calendar of 1900–2199 compiled into arrays, so that no computation walks day by
 * day: `cumulative[d]` is the working time (ms) before day d, so the working time up to any
 * instant is one lookup plus the part of its own day, and the instant at which a given amount
 * of working time is reached is a binary search (about 17 steps).
 */
export class WorkingCalendar {
  private readonly kinds = new Uint8Array(DAYS);
  private readonly scheduleOf = new Uint8Array(DAYS);
  /** Sessions per schedule id, in ms after local midnight; id 0 is "not a working day". */
  private readonly schedules: Float64Array[] = [new Float64Array(0)];
  private readonly cumulative = new Float64Array(DAYS + 1);
  private readonly names = new Map<number, string>();

  constructor(source: CalendarSource) {
    const scheduleIds = new Map<string, number>();
    const scheduleFor = (sessions: { start: string; end: string }[]) => {
      const key = sessions.map((s) => `${s.start}-${s.end}`).join(',');
      let id = scheduleIds.get(key);
      if (id === undefined) {
        id = this.schedules.length;
        if (id > 255) throw new Error('too many distinct office-hour schedules');
        this.schedules.push(
          Float64Array.from(
            sessions.flatMap((s) => [minutesOf(s.start) * MINUTE_MS, minutesOf(s.end) * MINUTE_MS]),
          ),
        );
        scheduleIds.set(key, id);
      }
      return id;
    };

    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const overrides = new Map<number, CalendarEntry>();
      for (const entry of source.entriesFor(year)) {
        const [y, m, d] = entry.date.split('-').map(Number) as [number, number, number];
        overrides.set(julianDay(y, m, d) - FIRST_JD, entry);
      }
      const first = julianDay(year, 1, 1) - FIRST_JD;
      const last = julianDay(year, 12, 31) - FIRST_JD;
      for (let i = first; i <= last; i++) {
        const { month, day } = fromJulianDay(i + FIRST_JD);
        const season = seasonOn(source.officeHours, month, day);
        const entry = overrides.get(i);
        const weekday = weekdayOfJulianDay(i + FIRST_JD);
        let kind: DayKind = season.weekdays.includes(weekday) ? 'workday' : 'weekend';
        if (entry) {
          kind = entry.kind;
          this.names.set(i, entry.name);
        }
        this.kinds[i] = KIND_CODES.indexOf(kind);
        this.scheduleOf[i] =
          kind === 'workday' || kind === 'makeup_workday' ? scheduleFor(season.sessions) : 0;
      }
    }
    for (let i = 0; i < DAYS; i++) {
      this.cumulative[i + 1] = (this.cumulative[i] as number) + this.dayLength(i);
    }
  }

  /** Bytes held by the index, for the benchmark's memory figure. */
  get byteSize(): number {
    return this.kinds.byteLength + this.scheduleOf.byteLength + this.cumulative.byteLength;
  }

  private dayLength(i: number): number {
    const s = this.schedules[this.scheduleOf[i] as number] as Float64Array;
    let total = 0;
    for (let k = 0; k < s.length; k += 2) total += (s[k + 1] as number) - (s[k] as number);
    return total;
  }

  private static dayIndex(instant: number): number {
    const i = Math.floor((instant + OFFSET_MS) / DAY_MS) - FIRST_EPOCH_DAY;
    if (!(i >= 0 && i < DAYS)) throw new OutOfCalendarRange();
    return i;
  }

  private static dayStart(i: number): number {
    return (i + FIRST_EPOCH_DAY) * DAY_MS - OFFSET_MS;
  }

  /** Working time (ms) from the start of 1900 to `instant`. */
  workingBefore(instant: number): number {
    const i = WorkingCalendar.dayIndex(instant);
    const s = this.schedules[this.scheduleOf[i] as number] as Float64Array;
    const t = instant - WorkingCalendar.dayStart(i);
    let within = 0;
    for (let k = 0; k < s.length; k += 2) {
      const start = s[k] as number;
      const end = s[k + 1] as number;
      if (t <= start) break;
      within += Math.min(t, end) - start;
    }
    return (this.cumulative[i] as number) + within;
  }

  /** The earliest instant at which `workingBefore` reaches `target` (which must be positive). */
  instantAt(target: number): number {
    // The day during which the target is reached: the first i with cumulative[i + 1] >= target.
    let lo = 0;
    let hi = DAYS - 1;
    if (!(target > 0) || (this.cumulative[DAYS] as number) < target) throw new OutOfCalendarRange();
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid + 1] as number) >= target) hi = mid;
      else lo = mid + 1;
    }
    let rest = target - (this.cumulative[lo] as number);
    const s = this.schedules[this.scheduleOf[lo] as number] as Float64Array;
    for (let k = 0; k < s.length; k += 2) {
      const length = (s[k + 1] as number) - (s[k] as number);
      if (rest <= length) return WorkingCalendar.dayStart(lo) + (s[k] as number) + rest;
      rest -= length;
    }
    throw new Error('unreachable: cumulative and schedules disagree');
  }

  /** Is the local date (YYYY-MM-DD) a working day? */
  isWorkingDay(date: string): boolean {
    return this.scheduleOf[WorkingCalendar.indexOfDate(date)] !== 0;
  }

  static indexOfDate(date: string): number {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const i = julianDay(y, m, d) - FIRST_JD;
    if (!(i >= 0 && i < DAYS)) throw new OutOfCalendarRange();
    return i;
  }

  /** The instant of local midnight at the start of a date. */
  static startOfDate(date: string): number {
    return WorkingCalendar.dayStart(WorkingCalendar.indexOfDate(date));
  }

  /** Working sessions of a date, in minutes after local midnight; empty on a day off. */
  sessions(date: string): [number, number][] {
    const i = WorkingCalendar.indexOfDate(date);
    const s = this.schedules[this.scheduleOf[i] as number] as Float64Array;
    const sessions: [number, number][] = [];
    for (let k = 0; k < s.length; k += 2) {
      sessions.push([(s[k] as number) / MINUTE_MS, (s[k + 1] as number) / MINUTE_MS]);
    }
    return sessions;
  }

  day(date: string): DayInfo {
    const i = WorkingCalendar.indexOfDate(date);
    const { year, month, day } = fromJulianDay(i + FIRST_JD);
    const sessions = this.sessions(date);
    return {
      date,
      weekday: weekdayOfJulianDay(i + FIRST_JD),
      kind: KIND_CODES[this.kinds[i] as number] as DayKind,
      name: this.names.get(i) ?? null,
      lunar: solarToLunar(year, month, day),
      sessions,
    };
  }
}
