import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Hot statements as named prepared statements (off behind a pooler that cannot keep them). */
  databasePreparedStatements: boolean;
  dataDir: string;
  logLevel: string;
  /** Send cookies with Secure: on behind HTTPS (production), off for http://localhost. */
  cookieSecure: boolean;
  trustProxy: boolean;
  loginRateLimitPerMinute: number;
  bodyLimitBytes: number;
  webDir: string;
  /** Where scans and results are kept, content-addressed (default: data dir + /files). */
  filesDir: string;
  /** The public address of the site, printed in the QR code of the receipt. */
  publicBaseUrl: string;
  /** Public dossier lookups per client address per minute. */
  publicLookupRateLimitPerMinute: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number.parseInt(env.PORT ?? '3000', 10),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePreparedStatements: env.DATABASE_PREPARED_STATEMENTS !== 'off',
    dataDir: resolve(env.MOTCUA_DATA_DIR ?? 'data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    loginRateLimitPerMinute: Number.parseInt(env.LOGIN_RATE_LIMIT_PER_MINUTE ?? '10', 10),
    bodyLimitBytes: Number.parseInt(env.BODY_LIMIT_BYTES ?? String(1024 * 1024), 10),
    webDir: resolve(env.MOTCUA_WEB_DIR ?? 'dist/web'),
    filesDir: resolve(env.MOTCUA_FILES_DIR ?? `${env.MOTCUA_DATA_DIR ?? 'data'}/files`),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? '3000'}`).replace(
      /\/$/,
      '',
    ),
    publicLookupRateLimitPerMinute: Number.parseInt(
      env.PUBLIC_LOOKUP_RATE_LIMIT_PER_MINUTE ?? '30',
      10,
    ),
  };
}
