import type { Config } from '../config.js';
import { type Database, openDatabase } from './database.js';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in the data directory. */
export function openFromConfig(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        preparedStatements: config.databasePreparedStatements,
      })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
