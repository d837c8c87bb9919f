import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A writer that fails a whole group when it holds a negative number, as a statement would. */
function recordingWriter(delayMs: number) {
  const groups: number[][] = [];
  let running = 0;
  let maxRunning = 0;
  const write = async (items: number[]) => {
    groups.push(items);
    running += 1;
    maxRunning = Math.max(maxRunning, running);
    await tick(delayMs);
    running -= 1;
    if (items.some((i) => i < 0)) throw new Error(`bad ${items.find((i) => i < 0)}`);
    return items.map((i) => i * 10);
  };
  return { write, groups, maxRunning: () => maxRunning };
}

describe('group commit', () => {
  it('sends a lone write at once and alone', async () => {
    const w = recordingWriter(1);
    const submit = groupCommit(w.write, { maxInFlight: 2, maxGroup: 50 });
    expect(await submit(7)).toBe(70);
    expect(w.groups).toEqual([[7]]);
  });

  it('groups what arrives while earlier writes are on their way', async () => {
    const w = recordingWriter(5);
    const submit = groupCommit(w.write, { maxInFlight: 1, maxGroup: 50 });
    const first = submit(1);
    await tick(1);
    const rest = [2, 3, 4, 5].map(submit);
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(w.groups).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('a bad write fails alone; the others of its group are written', async () => {
    const w = recordingWriter(1);
    const submit = groupCommit(w.write, { maxInFlight: 1, maxGroup: 50 });
    const results = await Promise.allSettled([1, -2, 3].map(submit));
    expect(results).toEqual([
      { status: 'fulfilled', value: 10 },
      { status: 'rejected', reason: new Error('bad -2') },
      { status: 'fulfilled', value: 30 },
    ]);
    // Tried together first, then one by one.
    expect(w.groups).toEqual([[1, -2, 3], [1], [-2], [3]]);
  });

  it('a writer that answers for fewer writes than it was given fails them, never answers wrong', async () => {
    const submit = groupCommit(async (items: number[]) => items.slice(1), {
      maxInFlight: 1,
      maxGroup: 50,
    });
    const results = await Promise.allSettled([1, 2].map(submit));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('every caller gets its own answer; groups and writes in flight stay within bounds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: -3, max: 1000 }), fc.nat({ max: 3 })), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        async (arrivals, maxInFlight, maxGroup) => {
          const w = recordingWriter(1);
          const submit = groupCommit(w.write, { maxInFlight, maxGroup });
          const pending: Promise<PromiseSettledResult<number>>[] = [];
          for (const [item, gap] of arrivals) {
            pending.push(
              submit(item).then(
                (value) => ({ status: 'fulfilled', value }) as const,
                (reason: unknown) => ({ status: 'rejected', reason }) as const,
              ),
            );
            if (gap) await tick(gap);
          }
          const results = await Promise.all(pending);
          results.forEach((r, k) => {
            const item = arrivals[k]?.[0] as number;
            if (item < 0) expect(r.status).toBe('rejected');
            else expect(r).toEqual({ status: 'fulfilled', value: item * 10 });
          });
          expect(w.maxRunning()).toBeLessThanOrEqual(maxInFlight);
          for (const g of w.groups) expect(g.length).toBeLessThanOrEqual(maxGroup);
        },
      ),
      { numRuns: 40 },
    );
  });
});
