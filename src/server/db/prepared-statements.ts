import { createHash } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import type pg from 'pg';

/**
 * Hot statements are sent as named prepared statements: PostgreSQL then parses and plans them
 * once per connection instead of at every call. For the counter intake (one statement of six
 * CTEs) planning cost more than executing; naming it nearly doubled what the database could take
 * (decision 0011).
 *
 * Only statements that carry the mark are named, so that the statements a connection keeps stay
 * few and known (a text that varies, such as an IN list, would otherwise pile up one per shape).
 */
const MARK = '/* motcua:prepared */';

/** Appended to a query (`.modifyEnd(PREPARED)`) to have it prepared once per connection. */
export const PREPARED: RawBuilder<unknown> = sql.raw(MARK);

type Query = pg.PoolClient['query'];

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `motcua_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A pool for Kysely's PostgresDialect whose clients name the marked statements. `enabled` false
 * (behind a pooler that cannot keep prepared statements) sends everything unnamed.
 */
export function preparingPool(pool: pg.Pool, enabled: boolean) {
  const wrapped = new WeakMap<pg.PoolClient, pg.PoolClient>();
  const wrap = (client: pg.PoolClient): pg.PoolClient => {
    let w = wrapped.get(client);
    if (!w) {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      w = Object.create(client) as pg.PoolClient;
      w.query = ((text: unknown, values?: unknown) =>
        typeof text === 'string' && text.endsWith(MARK)
          ? query({ name: nameOf(text), text, values })
          : query(text, values)) as Query;
      w.release = (destroy?: boolean | Error) => client.release(destroy);
      wrapped.set(client, w);
    }
    return w;
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      return enabled ? wrap(client) : client;
    },
    end: () => pool.end(),
  };
}
