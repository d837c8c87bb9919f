import { dueDate, type Unit, workingTimeBetween } from '../../domain/calendar/deadline.js';
import { localDate } from '../../domain/calendar/local-date.js';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import {
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  factsAtReceipt,
  ProcessingRefusal,
  type StepDef,
} from '../../domain/dossier/processing.js';
import type { DossierState } from '../../domain/dossier/states.js';

/**
 * A synthetic year of dossiers for demos and benchmarks (`motcua seed synthetic`): each dossier's
 * fate drawn at random with the shares a province sees (busy and quiet months, the online share
 * growing over the year, some agencies late more often than others, one supplementation in ten,
 * a few withdrawals and extensions), then taken through the processing rules themselves
 * (processing.ts `apply`), so that every history is one the system could have written. Pure: the
 * same seed gives the same year.
 */

export interface SyntheticAgency {
  id: string;
  /** The centre whose counter receives its dossiers. */
  centreId: string;
  /** The counter's code, the prefix of dossier codes. */
  centreCode: string;
  /** The officer who handles the agency's dossiers. */
  handlerId: string;
  /** Relative number of dossiers. */
  weight: number;
  /** Share of its dossiers finished late (the rest: early or on time). */
  lateShare: number;
  /** A commune: its administrative unit, where its applicants live. */
  unitCode: string | null;
}

export interface SyntheticProcedure {
  /** Index into the caller's list of procedures. */
  index: number;
  /** Agencies that decide it (a commune-level procedure: every commune). */
  agencyIds: readonly string[];
  timeLimit: { amount: number; unit: Unit };
  steps: readonly StepDef[];
  weight: number;
}

export type SyntheticChannel = 'counter' | 'online' | 'post';

export interface SyntheticEvent {
  at: number;
  action: string;
  from: DossierState | null;
  to: DossierState;
  data: Record<string, unknown>;
}

export interface SyntheticDossier {
  n: number;
  agency: SyntheticAgency;
  procedure: number;
  channel: SyntheticChannel;
  code: string;
  applicant: {
    name: string;
    idNumber: string;
    phone: string;
    address: { unitCode: string; detail: string };
  };
  submittedAt: number;
  events: SyntheticEvent[];
  /** The dossier as it stands at the end of the year (or `now`). */
  facts: DossierFacts;
}

export interface SyntheticOptions {
  seed: number;
  /** The last number given per counter and day (`${centreId} ${day}`), advanced as codes are drawn. */
  sequences: Map<string, number>;
  dossiers: number;
  /** Local date of the first day, and the instant nothing may happen after. */
  firstDay: string;
  now: number;
  agencies: readonly SyntheticAgency[];
  procedures: readonly SyntheticProcedure[];
  calendar: WorkingCalendar;
  /** Administrative units where applicants of provincial agencies live. */
  homeUnits: readonly string[];
}

/** Mulberry32: small, fast, good enough for shares and times. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * How busy each month is, January first: the rush before Tết, the holiday itself, spring and the
 * months before the school year, the end of the year's paperwork.
 */
export const MONTH_WEIGHTS = [1.15, 0.7, 1.05, 1.0, 0.95, 0.95, 1.0, 1.1, 1.05, 0.95, 1.0, 1.2];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Ngô', 'Đỗ', 'Đặng', 'Bùi', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu', 'Thanh', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hằng', 'Hùng', 'Lan', 'Long', 'Mai'];
const GIVEN_MORE = ['Nam', 'Nga', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Yến'];
const GIVEN_ALL = [...GIVEN, ...GIVEN_MORE];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function weighted<T extends { weight: number }>(
  rnd: () => number,
  items: readonly T[],
  total: number,
) {
  let r = rnd() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** Working days of the year with their share of dossiers (seasons, never on a day off). */
function receivingDays(options: SyntheticOptions) {
  const days: { day: string; start: number; weight: number }[] = [];
  const start = Date.parse(`${options.firstDay}T00:00:00+07:00`);
  for (let t = start; t < options.now - DAY; t += DAY) {
    const day = localDate(new Date(t));
    const opens = Date.parse(`${day}T08:00:00+07:00`);
    // A working day has working time between 08:00 and 17:00.
    if (dueDate(options.calendar, opens, 1, 'working_hours') > opens + 9 * HOUR) continue;
    days.push({ day, start: opens, weight: MONTH_WEIGHTS[Number(day.slice(5, 7)) - 1] ?? 1 });
  }
  return days;
}

/** Every synthetic dossier, in order of receipt. */
export function* syntheticDossiers(options: SyntheticOptions): Generator<SyntheticDossier> {
  const rnd = random(options.seed);
  const days = receivingDays(options);
  const dayTotal = days.reduce((s, d) => s + d.weight, 0);
  const agencyTotal = options.agencies.reduce((s, a) => s + a.weight, 0);
  const byAgency = new Map<string, SyntheticProcedure[]>();
  for (const p of options.procedures)
    for (const id of p.agencyIds) byAgency.set(id, [...(byAgency.get(id) ?? []), p]);
  const agencies = options.agencies.filter((a) => byAgency.has(a.id));
  const { sequences } = options;
  let n = 0;
  for (const [i, d] of days.entries()) {
    // Dossiers of the day: its share of the total, the remainder carried to the last day.
    const count =
      i === days.length - 1
        ? options.dossiers - n
        : Math.round((options.dossiers * d.weight) / dayTotal);
    const times = Array.from({ length: Math.max(0, Math.min(count, options.dossiers - n)) }, () =>
      officeInstant(rnd, d.start),
    ).sort((a, b) => a - b);
    for (const submittedAt of times) {
      const agency = weighted(rnd, agencies, agencyTotal);
      const procs = byAgency.get(agency.id) ?? [];
      const procedure = weighted(
        rnd,
        procs,
        procs.reduce((s, p) => s + p.weight, 0),
      );
      const seqKey = `${agency.centreId} ${d.day}`;
      const seq = (sequences.get(seqKey) ?? 0) + 1;
      sequences.set(seqKey, seq);
      yield fate(rnd, options, {
        n: n++,
        agency,
        procedure,
        submittedAt,
        code: `${agency.centreCode}-${d.day.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`,
        yearShare: (submittedAt - (days[0]?.start ?? 0)) / (365 * DAY),
      });
    }
  }
}

/** A time within office hours (08:00–11:30, 13:00–16:30) of a day opening at `opens`. */
function officeInstant(rnd: () => number, opens: number): number {
  const minutes = Math.floor(rnd() * 420);
  return opens + (minutes < 210 ? minutes : minutes + 90) * 60_000 + Math.floor(rnd() * 60_000);
}

interface Draw {
  n: number;
  agency: SyntheticAgency;
  procedure: SyntheticProcedure;
  submittedAt: number;
  code: string;
  /** 0 at the start of the year, 1 at its end. */
  yearShare: number;
}

function fate(rnd: () => number, options: SyntheticOptions, draw: Draw): SyntheticDossier {
  const { calendar, now } = options;
  const { agency, procedure } = draw;
  const ctx = (at: number) => ({ now: at, calendar, rules: DEFAULT_PROCESSING_RULES });
  const online = rnd() < 0.3 + 0.25 * draw.yearShare;
  const channel: SyntheticChannel = online ? 'online' : rnd() < 0.04 ? 'post' : 'counter';
  const events: SyntheticEvent[] = [];
  // An online dossier is accepted within the 8 working hours; the others at the counter at once.
  let receivedAt = draw.submittedAt;
  if (online) {
    events.push({
      at: draw.submittedAt,
      action: 'arrive_online',
      from: null,
      to: 'awaiting_acceptance',
      data: {},
    });
    receivedAt = Math.floor(dueDate(calendar, draw.submittedAt, 0.5 + rnd() * 6, 'working_hours'));
  }
  const limit = procedure.timeLimit;
  let facts = factsAtReceipt({
    timeLimit: limit,
    steps: procedure.steps,
    receivedAt,
    dueAt: dueDate(calendar, receivedAt, limit.amount, limit.unit),
  });
  const applicant = applicantOf(rnd, draw.n, agency.unitCode ?? pick(rnd, options.homeUnits));
  const result = {
    n: draw.n,
    agency,
    procedure: procedure.index,
    channel,
    code: draw.code,
    applicant,
    submittedAt: draw.submittedAt,
    events,
    facts,
  };
  if (receivedAt > now) return result;
  events.push({
    at: receivedAt,
    action: online ? 'accept' : 'receive',
    from: online ? 'awaiting_acceptance' : null,
    to: 'received',
    data: {
      receivedAt: new Date(receivedAt).toISOString(),
      dueAt: new Date(facts.dueAt as number).toISOString(),
      // Online files come with the dossier; counters scan more of what they receive as the
      // year goes on.
      digitised: online || rnd() < 0.35 + 0.5 * draw.yearShare,
    },
  });
  const act = (command: Command, when: number): boolean => {
    // Whole milliseconds, as the database keeps them.
    const at = Math.floor(when);
    if (at > now || at <= (events.at(-1)?.at ?? 0)) return false;
    try {
      const applied = apply(facts, command, ctx(at));
      events.push({
        at,
        action: command.action,
        from: facts.state,
        to: applied.facts.state,
        data: { ...applied.data, command },
      });
      facts = applied.facts;
      return true;
    } catch (error) {
      if (error instanceof ProcessingRefusal) return false;
      throw error;
    }
  };
  const later = (from: number, workingHours: number) =>
    dueDate(calendar, from, Math.max(0.05, workingHours), 'working_hours');

  let t = later(receivedAt, 0.2 + rnd() * 3);
  if (!act({ action: 'assign', handlerId: agency.handlerId }, t)) return { ...result, facts };
  if (rnd() < 0.01) {
    act({ action: 'withdraw', reason: 'Người nộp rút hồ sơ', source: 'applicant' }, later(t, 4));
    return { ...result, facts };
  }
  // One supplementation in ten, a second one now and then (which makes the dossier late).
  const supplements = rnd() < 0.1 ? (rnd() < 0.12 ? 2 : 1) : 0;
  for (let s = 0; s < supplements; s++) {
    t = later(t, 1 + rnd() * 12);
    if (!act({ action: 'request_supplement', items: [SUPPLEMENT_ITEM] }, t)) break;
    if (rnd() < 0.15) {
      // No answer: closed when the applicant's 15 days are over.
      act({ action: 'close_unsupplemented' }, (facts.supplement?.closesAt ?? t) + HOUR);
      return { ...result, facts };
    }
    t += (1 + rnd() * 12) * DAY;
    if (!act({ action: 'supplement' }, t)) return { ...result, facts };
  }
  const due = facts.dueAt as number;
  const late = rnd() < agency.lateShare;
  if (late && rnd() < 0.25) {
    // Some late ones ask in time for more days, and the centre grants them.
    const asked = dueDate(calendar, Math.max(t, due - 3 * DAY), 1, 'working_hours');
    if (act({ action: 'request_extension', reason: 'Cần xác minh thêm', extra: 5 }, asked))
      act({ action: 'decide_extension', approve: true }, later(asked, 2));
  }
  const dueNow = facts.dueAt as number;
  // Working hours left, then the end: past the due time, well before it, or on its last day.
  const left = Math.max(0.1, workingTimeBetween(calendar, t, dueNow) / HOUR);
  const end = late
    ? later(dueNow, 0.5 + rnd() * 40)
    : rnd() < 0.63
      ? later(t, left * (0.1 + rnd() * 0.5))
      : later(t, Math.max(0.05, left - rnd() * Math.min(left, 7)));
  // The steps between, until the one that approves: each hand-over at its share of the way.
  const steps = procedure.steps.length;
  for (let s = 1; s < steps; s++) {
    const at = t + ((end - t) * s) / steps;
    if (at > now) return { ...result, facts };
    if (!act({ action: 'forward', handlerId: agency.handlerId }, at)) break;
  }
  const refused = rnd() < 0.03;
  const explanation = late ? { lateExplanation: LATE_EXPLANATION } : {};
  const decided = refused
    ? act({ action: 'refuse_after_appraisal', reasons: [REFUSAL], ...explanation }, end)
    : act({ action: 'approve', documentCode: null, ...explanation }, end);
  if (!decided) return { ...result, facts };
  act(
    { action: 'return_result', channel: online ? 'online' : 'counter' },
    end + (0.5 + rnd() * 48) * HOUR,
  );
  return { ...result, facts };
}

const SUPPLEMENT_ITEM = {
  name: 'Bản sao giấy tờ chứng minh nơi cư trú',
  reason: 'Bản đã nộp không rõ nét',
};
const REFUSAL = 'Không đủ điều kiện theo quy định';
const LATE_EXPLANATION = { who: 'Chuyên viên thụ lý', why: 'Chờ xác minh của cơ quan liên quan' };

const STREETS = [
  'Lý Thái Tổ',
  'Trần Hưng Đạo',
  'Nguyễn Văn Cừ',
  'Lê Lợi',
  'Ngô Gia Tự',
  'Hai Bà Trưng',
];

function applicantOf(rnd: () => number, n: number, unitCode: string) {
  const female = rnd() < 0.5;
  const middle = female
    ? 'Thị'
    : pick(
        rnd,
        MIDDLE.filter((m) => m !== 'Thị'),
      );
  const born = 1950 + Math.floor(rnd() * 55);
  // 027: Bắc Ninh; the century-and-sex digit; the year of birth; six digits of the person.
  const century = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const serial = String((n * 7919 + Math.floor(rnd() * 1000)) % 1_000_000).padStart(6, '0');
  return {
    name: `${pick(rnd, FAMILY)} ${middle} ${pick(rnd, GIVEN_ALL)}`,
    idNumber: `027${century}${String(born % 100).padStart(2, '0')}${serial}`,
    phone: `09${String(Math.floor(rnd() * 100_000_000)).padStart(8, '0')}`,
    address: { unitCode, detail: `Số ${1 + Math.floor(rnd() * 300)} đường ${pick(rnd, STREETS)}` },
  };
}
