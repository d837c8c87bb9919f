import { buildApp } from './app.js';
import type { Config } from './config.js';
import { isConnectionError } from './db/connection-errors.js';
import { assertNotNewerThanCode, migrateToLatest } from './db/migrate.js';
import { openFromConfig } from './db/open-from-config.js';
import { interruptRunningRuns } from './features/dossier-import/dossier-import.queries.js';
import { removePartialUploads } from './features/dossier-import/dossier-import.uploads.js';
import { rebuildRollups, rollupsNeedRebuild } from './features/indicators/indicators.service.js';
import { isEmpty, seedDemo, seedDemoCatalog, seedOrganisation } from './seed/seed.service.js';

export interface ServeOptions {
  migrate: boolean;
  seedDemoIfEmpty: boolean;
}

/**
 * Starts the HTTP server. A database that is down at start is not fatal: the server answers
 * 503 until it is back (a load balancer reads /readyz). A database migrated by newer code is.
 */
export async function serve(config: Config, options: ServeOptions): Promise<void> {
  const database = await openFromConfig(config);
  const app = await buildApp({ database, config });
  const log = app.log;
  // Uploads cut short by a stop left a .part file: removed (one still being written by another
  // server sharing the data directory is left alone). Nothing here stops the start.
  await removePartialUploads(config.dataDir).then(
    (removed) => {
      if (removed.length > 0)
        log.info({ files: removed }, 'partial dossier import uploads removed');
    },
    (error: unknown) => log.warn({ err: error }, 'partial dossier import uploads not removed'),
  );
  try {
    if (options.migrate) {
      const applied = await migrateToLatest(database.db);
      if (applied.length > 0) log.info({ applied }, 'database migrated');
      if (await rollupsNeedRebuild(database.db)) {
        const rebuilt = await rebuildRollups(database.db);
        log.info(rebuilt, 'service index rollups rebuilt from the dossiers histories');
      }
    } else {
      await assertNotNewerThanCode(database.db);
    }
    // Imports left running by a process that stopped (this server's last life, or another's),
    // if they have not moved for 5 minutes: interrupted. A run still moving is another process's
    // import, left to it; the minute's sweep takes it if it stops.
    const interrupted = await interruptRunningRuns(database.db);
    if (interrupted > 0) log.warn({ runs: interrupted }, 'dossier imports marked interrupted');
    if (options.seedDemoIfEmpty && (await isEmpty(database.db))) {
      await seedOrganisation(database.db);
      const n = await seedDemo(database.db);
      const catalog = await seedDemoCatalog(database.db);
      log.info({ procedures: catalog.created.length }, 'demo catalog seeded');
      log.info({ accounts: n }, 'demo data seeded (empty database)');
    }
  } catch (error) {
    if (!isConnectionError(error)) {
      await app.close();
      await database.close();
      throw error;
    }
    log.error({ err: error }, 'database unreachable at start; serving 503 until it is back');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    app.shuttingDown.value = true;
    const force = setTimeout(() => {
      log.error('requests still running after 25 s; exiting');
      process.exit(1);
    }, 25_000);
    force.unref();
    await app.close();
    await database.close();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  log.info(
    { database: database.kind, location: database.location },
    `motcua đang phục vụ tại http://localhost:${config.port}`,
  );
}
