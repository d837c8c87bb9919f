import type { Suite } from '../harness.js';
import { calendarNaiveCeiling } from './calendar-naive.js';
import { httpCeiling } from './http.js';
import { pgCeiling } from './pg.js';
import { pgLookupCeiling } from './pg-lookup.js';
import { pgbenchCeiling } from './pgbench.js';
import { pgliteCeiling } from './pglite.js';

export { CEILING } from './names.js';

/** Run first, in this order; a ceiling may compare itself to an earlier one. */
export const ceilings: Suite[] = [
  httpCeiling,
  pgbenchCeiling,
  pgCeiling,
  pgLookupCeiling,
  pgliteCeiling,
  calendarNaiveCeiling,
];
