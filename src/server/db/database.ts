import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-dialect.js';
import { preparingPool } from './prepared-statements.js';
import { referenceWritePlugin } from './reference-writes.js';
import type { DB } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Where the data lives, for logs: a directory, 'memory', or the URL without password. */
  location: string;
  /**
   * Listens to a notification channel on a connection of its own; `onLost` is called when that
   * connection goes (the caller falls back to reading, and listens again later).
   */
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onLost: () => void,
  ): Promise<() => Promise<void>>;
  /** When reference data was last written through this handle (db/reference-writes.ts). */
  lastReferenceWrite(): number;
  close(): Promise<void>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; preparedStatements?: boolean }
  | { kind: 'pglite'; dataDir: string | 'memory' };

/**
 * `pg` returns bigint and numeric as strings and dates as local-time Date objects; PGlite does
 * its own thing. Both are told the same here so the rest of the code sees one shape:
 * int8 → number (counts stay far below 2^53), date → 'YYYY-MM-DD'.
 */
const INT8 = 20;
const DATE = 1082;
pg.types.setTypeParser(INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(DATE, (value) => value);
const pgliteParsers = {
  [INT8]: (value: string) => Number.parseInt(value, 10),
  [DATE]: (value: string) => value,
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const writes = referenceWritePlugin();
  const plugins = [writes.plugin];
  const lastReferenceWrite = writes.lastWrite;
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      application_name: 'motcua',
    });
    // An idle client that loses its server emits 'error'; without a listener that kills the
    // process. The pool drops the client and opens a new one on the next checkout.
    pool.on('error', () => {});
    // A checked-out client whose server vanishes emits 'error' too; its query rejects anyway.
    pool.on('connect', (client) => client.on('error', () => {}));
    const dialect = new PostgresDialect({
      pool: preparingPool(pool, options.preparedStatements ?? true),
    });
    const db = new Kysely<DB>({ dialect, plugins });
    return {
      db,
      kind: 'postgres',
      location: redactUrl(options.url),
      listen: (channel, onNotify, onLost) => listenPg(options.url, channel, onNotify, onLost),
      lastReferenceWrite,
      close: () => db.destroy(),
    };
  }

  if (options.dataDir === 'memory') {
    const client = await PGlite.create({ parsers: pgliteParsers, extensions: { pg_trgm } });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(client), plugins });
    return {
      db,
      kind: 'pglite',
      location: 'memory',
      listen: (channel, onNotify) => client.listen(channel, onNotify).then((stop) => () => stop()),
      lastReferenceWrite,
      close: () => db.destroy(),
    };
  }

  const unlock = lockDataDir(options.dataDir);
  try {
    const client = await PGlite.create({
      dataDir: join(options.dataDir, 'pg'),
      parsers: pgliteParsers,
      extensions: { pg_trgm },
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(client), plugins });
    return {
      db,
      kind: 'pglite',
      location: options.dataDir,
      listen: (channel, onNotify) => client.listen(channel, onNotify).then((stop) => () => stop()),
      lastReferenceWrite,
      close: async () => {
        await db.destroy();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** How often the listening connection proves it is alive, and how long it may take to answer. */
const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;

/**
 * A connection of its own that LISTENs. A connection can die without a word (a dropped NAT entry,
 * a failover), so it also sends a small query every 15 s; whatever ends it, `onLost` is called
 * once and the connection is closed.
 */
async function listenPg(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onLost: () => void,
): Promise<() => Promise<void>> {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'motcua-listen',
    keepAlive: true,
  });
  let done = false;
  let heartbeat: NodeJS.Timeout | undefined;
  const finish = async () => {
    done = true;
    if (heartbeat) clearInterval(heartbeat);
    await client.end().catch(() => {});
  };
  const lost = () => {
    if (done) return;
    void finish();
    onLost();
  };
  client.on('error', lost);
  client.on('end', lost);
  client.on('notification', (message) => onNotify(message.payload ?? ''));
  try {
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
  } catch (error) {
    await finish();
    throw error;
  }
  heartbeat = setInterval(() => {
    const timeout = new Promise((_, reject) =>
      setTimeout(() => reject(new Error('heartbeat timed out')), HEARTBEAT_TIMEOUT_MS).unref(),
    );
    Promise.race([client.query('SELECT 1'), timeout]).catch(lost);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  return finish;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
