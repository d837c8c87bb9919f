/**
 * Group commit for a hot write: the writes that arrive while earlier ones are on their way to the
 * database go together in one statement, so a busy moment costs one round trip, one plan and one
 * WAL flush per group instead of per write (decision 0011). A quiet moment sends each write alone
 * and at once: nothing waits for a group to fill.
 *
 * Each caller still gets its own answer, after its own write is durable. When a group fails, its
 * writes are tried again one by one, so that one bad write (a counter out of numbers) fails alone.
 * The writer must make a retried write safe: a group's statement is atomic, and writes carry ids
 * chosen before sending, so a write that did commit cannot commit twice.
 */
export interface GroupCommitOptions {
  /** Groups on their way at once; more arrivals wait and go in the next group. */
  maxInFlight: number;
  /** Largest group; a longer queue leaves in several. */
  maxGroup: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (out: O) => void;
  reject: (error: unknown) => void;
}

export function groupCommit<I, O>(
  write: (items: I[]) => Promise<O[]>,
  { maxInFlight, maxGroup }: GroupCommitOptions,
): (item: I) => Promise<O> {
  const queue: Waiting<I, O>[] = [];
  let inFlight = 0;
  let scheduled = false;

  const written = async (items: I[]) => {
    const outs = await write(items);
    if (outs.length !== items.length)
      throw new Error(`group write returned ${outs.length} results for ${items.length} writes`);
    return outs;
  };

  const alone = async (w: Waiting<I, O>) => {
    try {
      const [out] = await written([w.item]);
      w.resolve(out as O);
    } catch (error) {
      w.reject(error);
    }
  };

  const send = async (group: Waiting<I, O>[]) => {
    try {
      const outs = await written(group.map((w) => w.item));
      for (const [i, w] of group.entries()) w.resolve(outs[i] as O);
    } catch (error) {
      if (group.length === 1) (group[0] as Waiting<I, O>).reject(error);
      else for (const w of group) await alone(w);
    }
  };

  const pump = () => {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const group = queue.splice(0, maxGroup);
      inFlight += 1;
      void send(group).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      // Requests parsed in the same turn of the event loop leave together.
      if (!scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
    });
}
