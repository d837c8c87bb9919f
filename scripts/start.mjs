#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then migrate, seed the demo
// data into an empty database, and serve. Plain JavaScript so that it runs before anything is built.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist', '.build-stamp');
const inputs = [
  'src',
  'reference',
  'package-lock.json',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(full).map((name) => newest(join(path, name))));
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (process.env.MOTCUA_SKIP_BUILD !== '1' && Math.max(...inputs.map(newest)) > built) {
  console.log('motcua: đang biên dịch (lần đầu mất khoảng nửa phút)…');
  const bin = (name) => join(root, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, new Date().toISOString());
}

process.argv = [process.argv[0], 'motcua', 'serve', '--migrate', '--seed-demo-if-empty'];
await import(join(root, 'dist', 'cli.js'));
