import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/policy.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { SessionContext } from '../features/auth/auth.service.js';
import type { FileStore } from '../files/file-store.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The database as this request sees it (reference data read once per request). */
    db: Kysely<DB>;
    actor: Actor;
    session: SessionContext | null;
  }
  interface FastifyContextConfig {
    /** false on the few unsafe routes that must work without a session (sign-in). */
    csrf?: boolean;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every feature's routes get: no container, just the few things they need. */
export interface Deps {
  db: Kysely<DB>;
  database: Database;
  config: Config;
  files: FileStore;
}
