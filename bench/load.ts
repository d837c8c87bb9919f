/**
 * HTTP load generator: N keep-alive connections, each sending the next request as soon as the
 * previous response is read (closed loop), for a fixed duration.
 *
 * Uses `undici` when it can be imported (it is fast, but only a transitive dependency, so it may
 * vanish) and falls back to `node:http` with a keep-alive Agent. `BENCH_HTTP_CLIENT=node` forces
 * the fallback. Ceilings and suites must use this same generator so their ratios compare like
 * with like; that is also why an external tool such as wrk is not used even when installed.
 *
 * CLI: `tsx bench/load.ts http://127.0.0.1:3000/path [connections] [seconds]`
 */

import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { closedLoop, type LatencySummary } from './loop.js';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Requests sent in turn instead of the one of `url` and `body` (same origin); a variant's own
   * headers are added to `headers` (another officer's session, say).
   */
  variants?: readonly { path: string; body?: string; headers?: Record<string, string> }[];
}

export interface LoadResult {
  client: 'undici' | 'node:http';
  connections: number;
  /** Responses with a 2xx status. */
  ok: number;
  /** Responses (any status) during the warm-up, not counted elsewhere. */
  warmupResponses: number;
  non2xx: number;
  errors: number;
  elapsedSeconds: number;
  /** 2xx responses per second. */
  reqPerSec: number;
  /** Latency of all completed requests (2xx or not). */
  latencyMs: LatencySummary;
}

type Send = () => Promise<number>;

interface Client {
  name: LoadResult['client'];
  send: Send;
  close(): Promise<void>;
}

/** The part of undici's API used here; typed locally because undici is not a direct dependency. */
interface UndiciModule {
  Pool: new (
    origin: string,
    opts: { connections: number; pipelining: number },
  ) => {
    request(opts: {
      path: string;
      method: string;
      headers?: Record<string, string>;
      body?: string;
    }): Promise<{ statusCode: number; body: { dump(): Promise<void> } }>;
    close(): Promise<void>;
  };
}

async function undiciClient(o: LoadOptions): Promise<Client | null> {
  if (process.env.BENCH_HTTP_CLIENT === 'node') return null;
  let mod: UndiciModule;
  try {
    const specifier = 'undici';
    mod = (await import(specifier)) as UndiciModule;
  } catch {
    return null;
  }
  const url = new URL(o.url);
  const pool = new mod.Pool(url.origin, { connections: o.connections, pipelining: 1 });
  const requests = (
    o.variants ?? [{ path: url.pathname + url.search, body: o.body, headers: undefined }]
  ).map((v) => {
    const headers = v.headers ? { ...o.headers, ...v.headers } : o.headers;
    return {
      path: v.path,
      method: o.method ?? 'GET',
      ...(headers ? { headers } : {}),
      ...(v.body !== undefined ? { body: v.body } : {}),
    };
  });
  let next = 0;
  return {
    name: 'undici',
    send: async () => {
      const req = requests[next++ % requests.length] as (typeof requests)[number];
      const res = await pool.request(req);
      await res.body.dump();
      return res.statusCode;
    },
    close: () => pool.close(),
  };
}

function nodeClient(o: LoadOptions): Client {
  const url = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const variants = o.variants ?? [{ path: url.pathname + url.search, body: o.body }];
  let next = 0;
  return {
    name: 'node:http',
    send: () =>
      new Promise<number>((resolve, reject) => {
        const variant = variants[next++ % variants.length] as (typeof variants)[number];
        const reqOpts: http.RequestOptions = {
          agent,
          host: url.hostname,
          port: url.port,
          path: variant.path,
          method: o.method ?? 'GET',
          headers: { ...o.headers, ...variant.headers },
        };
        const req = http.request(reqOpts, (res) => {
          res.on('error', reject);
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.resume();
        });
        req.on('error', reject);
        req.end(variant.body);
      }),
    close: async () => agent.destroy(),
  };
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const client = (await undiciClient(o)) ?? nodeClient(o);
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let counting = false;
  let warmupResponses = 0;
  try {
    const loopOpts = {
      workers: o.connections,
      op: async () => {
        try {
          const status = await client.send();
          if (!counting) {
            warmupResponses++;
            return;
          }
          if (status >= 200 && status < 300) ok++;
          else non2xx++;
        } catch {
          if (counting) errors++;
          // Avoid a hot spin if the server is gone.
          await new Promise((r) => setTimeout(r, 1));
        }
      },
    };
    if (o.warmupSeconds && o.warmupSeconds > 0) {
      await closedLoop({ ...loopOpts, seconds: o.warmupSeconds });
    }
    counting = true;
    const r = await closedLoop({ ...loopOpts, seconds: o.seconds });
    return {
      client: client.name,
      connections: o.connections,
      ok,
      warmupResponses,
      non2xx,
      errors,
      elapsedSeconds: r.elapsedSeconds,
      reqPerSec: ok / r.elapsedSeconds,
      latencyMs: r.latencyMs,
    };
  } finally {
    await client.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [url, connections = '16', seconds = '5'] = process.argv.slice(2);
  if (!url) {
    console.error('usage: tsx bench/load.ts <url> [connections=16] [seconds=5]');
    process.exit(2);
  }
  const r = await runLoad({ url, connections: Number(connections), seconds: Number(seconds) });
  console.log(JSON.stringify(r, null, 2));
}

/** Refuses a run where more than 1% of requests failed: its rate would measure the failures. */
export function assertHealthy(r: LoadResult): LoadResult {
  if (r.ok === 0 || r.errors + r.non2xx > r.ok / 100)
    throw new Error(`${r.ok} ok, ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r;
}
