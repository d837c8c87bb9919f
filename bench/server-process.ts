/**
 * Runs an HTTP server under test in a child process, so that the load generator and the server
 * do not share one event loop (on a 2-core machine each then gets a core).
 *
 * Parent: `const server = await startServer(new URL('./servers/x.ts', import.meta.url))`.
 * Child: listen on 127.0.0.1 port 0, then call `reportListening(port)`.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

interface ListeningMessage {
  type: 'listening';
  port: number;
}

function isListening(m: unknown): m is ListeningMessage {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as { type?: unknown }).type === 'listening' &&
    typeof (m as { port?: unknown }).port === 'number'
  );
}

/** Called in the child once the server listens. Run standalone, it prints the URL instead. */
export function reportListening(port: number): void {
  if (!process.send) {
    console.log(`listening on http://127.0.0.1:${port}`);
    return;
  }
  process.send({ type: 'listening', port } satisfies ListeningMessage);
  // Exit with the parent.
  process.on('disconnect', () => process.exit(0));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

export async function startServer(
  entry: URL,
  opts: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ChildServer> {
  const tsx = import.meta.resolve('tsx');
  // BENCH_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server under load.
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, '--import', tsx, fileURLToPath(entry)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production', ...opts.env },
  });
  const timeoutMs = opts.timeoutMs ?? 30_000;
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${entry.pathname}: not listening after ${timeoutMs} ms`)),
        timeoutMs,
      );
      child.once('error', reject);
      child.once('exit', (code, signal) =>
        reject(new Error(`${entry.pathname} exited before listening (${code ?? signal})`)),
      );
      child.on('message', (m) => {
        if (isListening(m)) {
          clearTimeout(timer);
          resolve(m.port);
        }
      });
    });
    child.removeAllListeners('exit');
    return {
      url: `http://127.0.0.1:${port}`,
      pid: child.pid ?? -1,
      stop: () => stopChild(child),
    };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

/**
 * The child side for a Fastify server: listens on 127.0.0.1, closes the server and then `onClose`
 * on SIGTERM or SIGINT, and reports its port to the parent.
 */
export async function serveChild(
  app: {
    listen(o: { host: string; port: number }): Promise<unknown>;
    close(): Promise<unknown>;
    server: { address(): unknown };
  },
  onClose: () => Promise<unknown> = async () => {},
): Promise<void> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address() as { port: number } | string | null;
  if (address === null || typeof address === 'string') throw new Error('unexpected address');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(onClose)
        .then(() => process.exit(0));
    });
  }
  reportListening(address.port);
}
