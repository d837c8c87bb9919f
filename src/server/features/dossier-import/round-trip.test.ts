import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bruteForceProgress } from '../../../../test/support/brute-force-progress.js';
import { agencyIds } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { addDays } from '../../../domain/calendar/local-date.js';
import type { DossierTimeline } from '../../../domain/indicators/on-time.js';
import { judge, tally } from '../../../domain/indicators/on-time.js';
import { periodOf } from '../../../domain/indicators/periods.js';
import { sameTimeline } from '../../../domain/indicators/timeline.js';
import { seedDemo, seedDemoCatalog, seedOrganisation } from '../../seed/seed.service.js';
import { syntheticImportLines } from '../../seed/synthetic-export.js';
import { progressOf, retotalPastDays } from '../indicators/indicators.service.js';
import { importDossiers } from './dossier-import.service.js';

let t: TestApp;
const now = new Date('2026-11-20T10:00:00+07:00');
const DOSSIERS = 800;
const expected = new Map<string, DossierTimeline>();
let text = '';

beforeAll(async () => {
  t = await createTestApp();
  await seedOrganisation(t.db);
  await seedDemo(t.db);
  await seedDemoCatalog(t.db);
  for await (const d of syntheticImportLines(t.db, { dossiers: DOSSIERS, seed: 11, now })) {
    text += `${d.line}\n`;
    expected.set(JSON.parse(d.line).code, d.timeline);
  }
  // The past days are totalled before the import, as on a running installation.
  await retotalPastDays(t.db, now);
}, 120_000);
afterAll(() => t.close());

describe('a year of dossiers from another system, imported', () => {
  it('keeps every dossier’s timeline and gives, month by month, the figures of the rule over the original histories', async () => {
    const summary = await importDossiers(t.db, Readable.from([Buffer.from(text)]), {
      fileName: 'year.jsonl',
      batchSize: 150,
    });
    expect(summary).toMatchObject({ state: 'done', imported: DOSSIERS, rejected: 0 });

    const stored = await t.db.selectFrom('dossiers').select(['code', 'timeline']).execute();
    expect(stored).toHaveLength(DOSSIERS);
    for (const row of stored) {
      const timeline = expected.get(row.code as string) as DossierTimeline;
      if (timeline.receivedAt === null) expect(row.timeline, row.code as string).toBeNull();
      else expect(sameTimeline(row.timeline, timeline), row.code as string).toBe(true);
    }

    const everyAgency = (await t.db.selectFrom('agencies').select('id').execute()).map((a) => a.id);
    for (let m = 0; m < 12; m++) {
      const month = periodOf('month', `${addDays('2025-12-01', m * 31).slice(0, 8)}15`);
      const range = {
        start: Date.parse(`${month.from}T00:00:00+07:00`),
        end: Date.parse(`${addDays(month.to, 1)}T00:00:00+07:00`),
      };
      const fromRule = tally([...expected.values()].map((tl) => judge(tl, range)));
      const figures = await progressOf(t.db, agencyIds.province, month);
      expect(figures, month.from).toEqual(fromRule);
      expect(await bruteForceProgress(t.db, everyAgency, range), month.from).toEqual(fromRule);
    }
  });
});
