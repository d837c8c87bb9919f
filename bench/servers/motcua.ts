/**
 * The real motcua HTTP app on the database of DATABASE_URL (already migrated and seeded by the
 * suite), in a child process of the benchmark. Logging off, as a load balancer's health checks
 * and access logs are not what is measured.
 */

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/database.js';
import { serveChild } from '../server-process.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const config = {
  ...loadConfig(process.env),
  webDir: '/nonexistent',
  filesDir: mkdtempSync(join(tmpdir(), 'motcua-bench-files-')),
};
const database = await openDatabase({
  kind: 'postgres',
  url,
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 10),
});
const app = await buildApp({ database, config, logger: false });
await serveChild(app, () => database.close());
