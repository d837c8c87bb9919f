import type { Suite } from '../harness.js';
import { calendarSuite } from './calendar.js';
import { catalogSearchSuite } from './catalog-search.js';
import { dossierImportSuite } from './dossier-import.js';
import { dossierIntakeSuite } from './dossier-intake.js';
import { dossierProcessingSuite } from './dossier-processing.js';
import { inboxSuite } from './inbox.js';
import { indicatorsSuite } from './indicators.js';
import { publicLookupSuite } from './public-lookup.js';

/**
 * Benchmark suites, run after the ceilings in this order. To add one, create
 * `bench/suites/<name>.ts` exporting a `Suite` whose measurements name a ceiling from
 * `CEILING` (bench/ceilings/names.ts), and append it here. See bench/README.md.
 */
export const suites: Suite[] = [
  calendarSuite,
  catalogSearchSuite,
  dossierIntakeSuite,
  publicLookupSuite,
  dossierProcessingSuite,
  inboxSuite,
  indicatorsSuite,
  dossierImportSuite,
];
