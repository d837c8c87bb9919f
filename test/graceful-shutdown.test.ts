import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('graceful shutdown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-shutdown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes a request in flight after SIGTERM, refuses new ones, and exits 0', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOTCUA_DATA_DIR: dir,
      LOG_LEVEL: 'warn',
    };
    delete env.DATABASE_URL;
    const server = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'serve', '--migrate', '--seed-demo-if-empty'],
      {
        env,
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) =>
      server.once('exit', (code) => resolve(code)),
    );
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
      } catch {}
      if (i > 200) throw new Error('server did not start');
      await sleep(200);
    }

    // A slow client: headers and half the body now, the rest after the signal.
    const body = JSON.stringify({ username: 'motcua.tinh', password: 'Demo@2025' });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 500);
      }, 300);
    });

    const done = await response;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body).user.username).toBe('motcua.tinh');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(await exited).toBe(0);
  }, 90_000);
});
