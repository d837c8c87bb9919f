/**
 * Benchmark harness API.
 *
 * Machines are shared and noisy, so an absolute figure on its own means little. Every suite
 * measurement names a *ceiling* (a measurement of the same kind taken in the same run with as
 * little of our code in the way as possible) and the harness reports `value / ceiling.value`.
 */

export type Unit = 'req/s' | 'tps' | 'ops/s' | 'ms' | 's' | 'MB';

export interface Target {
  /** Required ratio to the ceiling: at least this if higherIsBetter, at most this otherwise. */
  ratio?: number;
  /** Required value in `unit`: at least this if higherIsBetter, at most this otherwise. */
  absolute?: number;
}

export interface Measurement {
  name: string;
  /** `null` only when the measurement is skipped (then `skipped` holds the reason). */
  value: number | null;
  unit: Unit;
  higherIsBetter: boolean;
  /** Name of the ceiling measurement this one is compared to. */
  ceiling?: string;
  target?: Target;
  skipped?: string;
  /**
   * A suite's own ceiling, for a floor that only the suite can measure (a trivial query on the
   * database it built): later measurements of the run may name it like any ceiling.
   */
  servesAsCeiling?: boolean;
  /** Extra facts kept in the JSON output only (counts, percentiles, tool versions...). */
  details?: Record<string, string | number | boolean | null>;
}

export interface SuiteContext {
  /** Measuring duration per measurement, in seconds (`BENCH_SECONDS`, default 5). */
  seconds: number;
  /** Warm-up before measuring, in seconds; results of the warm-up are discarded. */
  warmupSeconds: number;
  /** Concurrent HTTP connections for load generation (`BENCH_CONNECTIONS`, default 16). */
  connections: number;
  /** PostgreSQL connection string, when `DATABASE_URL` is set. */
  databaseUrl: string | undefined;
  log(message: string): void;
}

export interface Suite {
  name: string;
  run(ctx: SuiteContext): Promise<Measurement[]>;
}

export type Verdict = 'pass' | 'fail' | 'n/a' | 'skipped' | 'error';

export interface Row {
  kind: 'ceiling' | 'suite';
  suite: string;
  name: string;
  value: number | null;
  unit: Unit | null;
  higherIsBetter: boolean | null;
  ceiling: string | null;
  ceilingValue: number | null;
  ratio: number | null;
  target: Target | null;
  verdict: Verdict;
  /** Why a row is skipped, errored, or has no ratio. */
  reason: string | null;
  details: Record<string, string | number | boolean | null> | null;
}

export function skipped(
  name: string,
  unit: Unit,
  reason: string,
  higherIsBetter = unit !== 'ms' && unit !== 'MB',
): Measurement {
  return { name, value: null, unit, higherIsBetter, skipped: reason };
}

function meets(value: number, bound: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? value >= bound : value <= bound;
}

/**
 * Turns a suite's measurements into rows. `ceilings` holds the ceiling rows evaluated so far;
 * when `kind` is 'ceiling' each new row is added to it, so a ceiling may refer to an earlier one.
 */
export function evaluate(
  kind: Row['kind'],
  suite: string,
  measurements: readonly Measurement[],
  ceilings: Map<string, Row>,
): Row[] {
  const rows: Row[] = [];
  for (const m of measurements) {
    const row: Row = {
      kind,
      suite,
      name: m.name,
      value: m.value,
      unit: m.unit,
      higherIsBetter: m.higherIsBetter,
      ceiling: m.ceiling ?? null,
      ceilingValue: null,
      ratio: null,
      target: m.target ?? null,
      verdict: 'n/a',
      reason: null,
      details: m.details ?? null,
    };
    rows.push(row);
    if (kind === 'ceiling' || m.servesAsCeiling) {
      if (ceilings.has(m.name)) {
        row.verdict = 'error';
        row.reason = `duplicate ceiling name ${m.name}`;
        continue;
      }
      ceilings.set(m.name, row);
    }
    if (m.value === null || !Number.isFinite(m.value)) {
      row.value = null;
      row.verdict = m.skipped ? 'skipped' : 'error';
      row.reason = m.skipped ?? `no value (${String(m.value)})`;
      continue;
    }
    if (m.ceiling !== undefined) {
      const c = ceilings.get(m.ceiling);
      if (!c) {
        row.verdict = 'error';
        row.reason = `unknown ceiling ${m.ceiling}`;
        continue;
      }
      if (c.unit !== m.unit) {
        row.verdict = 'error';
        row.reason = `unit ${m.unit} differs from ceiling ${m.ceiling} (${String(c.unit)})`;
        continue;
      }
      row.ceilingValue = c.value;
      if (c.value === null || c.value === 0) {
        row.reason = `ceiling ${m.ceiling} ${c.verdict === 'skipped' ? 'skipped' : 'has no value'}`;
      } else {
        row.ratio = m.value / c.value;
      }
    }
    const t = m.target;
    if (t && (t.ratio !== undefined || t.absolute !== undefined)) {
      if (t.ratio !== undefined && row.ratio === null) {
        row.reason = row.reason ?? 'no ratio to check the target against';
        continue;
      }
      const okRatio = t.ratio === undefined || meets(row.ratio ?? 0, t.ratio, m.higherIsBetter);
      const okAbs = t.absolute === undefined || meets(m.value, t.absolute, m.higherIsBetter);
      row.verdict = okRatio && okAbs ? 'pass' : 'fail';
    }
  }
  return rows;
}

export function errorRow(kind: Row['kind'], suite: string, error: unknown): Row {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind,
    suite,
    name: '(suite failed)',
    value: null,
    unit: null,
    higherIsBetter: null,
    ceiling: null,
    ceilingValue: null,
    ratio: null,
    target: null,
    verdict: 'error',
    reason: message,
    details: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  const digits = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 10 ? 2 : 3;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function formatTarget(t: Target | null, higherIsBetter: boolean | null, unit: Unit | null): string {
  if (!t) return '';
  const op = higherIsBetter === false ? '≤' : '≥';
  const parts: string[] = [];
  if (t.ratio !== undefined) parts.push(`${op} ${t.ratio.toFixed(2)}×`);
  if (t.absolute !== undefined)
    parts.push(`${op} ${formatNumber(t.absolute)} ${unit ?? ''}`.trim());
  return parts.join(', ');
}

function formatVerdict(r: Row): string {
  switch (r.verdict) {
    case 'pass':
      return 'pass';
    case 'fail':
      return '**FAIL**';
    case 'skipped':
      return `skipped: ${r.reason ?? ''}`;
    case 'error':
      return `**ERROR**: ${r.reason ?? ''}`;
    default:
      return r.reason ? `— (${r.reason})` : '—';
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export const TABLE_COLUMNS = [
  'suite',
  'measurement',
  'value',
  'unit',
  'ceiling',
  'ratio',
  'target',
  'verdict',
] as const;

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    `| ${TABLE_COLUMNS.join(' | ')} |`,
    `| ${TABLE_COLUMNS.map((c) => (c === 'value' || c === 'ratio' ? '---:' : '---')).join(' | ')} |`,
  ];
  for (const r of rows) {
    const ceiling =
      r.ceiling === null
        ? ''
        : r.ceilingValue === null
          ? r.ceiling
          : `${r.ceiling} (${formatNumber(r.ceilingValue)})`;
    lines.push(
      `| ${[
        r.suite,
        r.name,
        r.value === null ? '' : formatNumber(r.value),
        r.unit ?? '',
        ceiling,
        r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
        formatTarget(r.target, r.higherIsBetter, r.unit),
        formatVerdict(r),
      ]
        .map(cell)
        .join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
