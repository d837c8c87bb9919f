import { Session } from 'node:inspector/promises';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/database.js';
import { CONSULTED_AGENCY, LEADER } from './processing-workload.js';
const url = 'postgres://postgres@127.0.0.1:5432/motcua_bench';
const config = { ...loadConfig(process.env), webDir: '/nonexistent', filesDir: mkdtempSync(join(tmpdir(), 'x-')) };
const database = await openDatabase({ kind: 'postgres', url, poolSize: 10 });
const app = await buildApp({ database, config, logger: false });
await new Promise((r) => setTimeout(r, 2500));
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'chuyenvien.kinhbac', password: 'Demo@2025' } });
const cookie = login.headers['set-cookie'] as string | string[];
const c = (Array.isArray(cookie) ? cookie : [cookie]).map((x) => x.split(';')[0]).join('; ');
const csrf = (login.json() as any).csrfToken;
const { rows } = await sql<{ id: string }>`select id from dossiers where state='received' and version=1 and competent_agency_id = (select competent_agency_id from dossiers where state='in_progress' limit 1) order by code limit 1600`.execute(database.db);
console.log('ids', rows.length, login.statusCode);
const bodies = [
  (v: number) => ({ action: 'claim', version: v }),
  (v: number) => ({ action: 'consult', agencyId: CONSULTED_AGENCY, question: 'Đề nghị Sở Tư pháp cho ý kiến về giấy chứng sinh kèm theo hồ sơ', workingDays: 3, version: v }),
  (v: number) => ({ action: 'record_reply', consultation: 0, answer: 'Thống nhất, giấy chứng sinh hợp lệ', version: v }),
  (v: number) => ({ action: 'forward', handlerId: LEADER, version: v }),
];
const session = new Session(); session.connect();
let bad = 0;
for (const [round, part] of [rows.slice(0, 800), rows.slice(800)].entries()) {
  if (round === 1) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
  let next = 0; const c0 = process.cpuUsage(); const t0 = performance.now(); let n = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (next < part.length) { const { id } = part[next++]!; for (let k = 0; k < 4; k++) { const r = await app.inject({ method: 'POST', url: `/api/v1/dossiers/${id}/actions`, headers: { cookie: c, 'x-csrf-token': csrf, prefer: 'return=minimal', 'content-type': 'application/json' }, payload: JSON.stringify(bodies[k]!(k + 1)) }); n++; if (r.statusCode !== 200) { bad++; if (bad < 3) console.log(r.body); } } } }));
  const cu = process.cpuUsage(c0);
  console.log('per action: user us', (cu.user / n).toFixed(0), 'sys us', (cu.system / n).toFixed(0), 'wall us', ((performance.now() - t0) * 1000 / n).toFixed(0), 'bad', bad);
}
const { profile } = await session.post('Profiler.stop'); writeFileSync('/tmp/inject.cpuprofile', JSON.stringify(profile));
await app.close(); await database.close();
