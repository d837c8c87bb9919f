/**
 * Closed-loop driver: `workers` concurrent loops each await `op` back to back for a fixed
 * duration. Used by the HTTP load generator and by the database ceilings; suites measuring
 * ops/s or tps can use it too.
 */

export interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoopOptions {
  workers: number;
  seconds: number;
  /** Run the same loop this long first and discard its results. */
  warmupSeconds?: number;
  /** One operation. Throwing aborts the whole loop (catch inside `op` to count errors instead). */
  op: (worker: number, iteration: number) => Promise<void>;
}

export interface LoopResult {
  ops: number;
  elapsedSeconds: number;
  opsPerSecond: number;
  latencyMs: LatencySummary;
}

export function summarize(samples: Float64Array): LatencySummary {
  if (samples.length === 0) return { mean: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  const sorted = samples.slice().sort();
  let sum = 0;
  for (const s of sorted) sum += s;
  const at = (p: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return {
    mean: sum / sorted.length,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** Growable Float64Array, so that recording a sample does not allocate. */
class Samples {
  private buf = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Float64Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  view(): Float64Array {
    return this.buf.subarray(0, this.length);
  }
}

async function phase(o: LoopOptions, seconds: number): Promise<LoopResult> {
  const samples = new Samples();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  let failed = false;
  const worker = async (w: number): Promise<void> => {
    let i = 0;
    while (!failed && performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await o.op(w, i++);
      } catch (err) {
        failed = true;
        throw err;
      }
      samples.push(performance.now() - t0);
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: o.workers }, (_, w) => worker(w)));
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) throw rejected.reason;
  const elapsedSeconds = (performance.now() - start) / 1000;
  return {
    ops: samples.length,
    elapsedSeconds,
    opsPerSecond: samples.length / elapsedSeconds,
    latencyMs: summarize(samples.view()),
  };
}

export async function closedLoop(o: LoopOptions): Promise<LoopResult> {
  if (o.workers < 1) throw new Error('closedLoop: workers must be >= 1');
  if (o.warmupSeconds && o.warmupSeconds > 0) await phase(o, o.warmupSeconds);
  return phase(o, o.seconds);
}
