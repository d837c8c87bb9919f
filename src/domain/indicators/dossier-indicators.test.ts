import { describe, expect, it } from 'vitest';
import { dossierIndicators } from './dossier-indicators.js';
import { NO_PROGRESS } from './on-time.js';
import { NO_FLOWS } from './service-flows.js';

describe('the indicators the dossiers answer', () => {
  it('divide each count by its own base, and give no ratio without a base', () => {
    const counts = {
      ...NO_PROGRESS,
      counted: 10,
      carried: 2,
      finishedEarly: 4,
      finishedOnTime: 2,
      finishedLate: 1,
      openOnTime: 2,
      openLate: 1,
    };
    const flows = { ...NO_FLOWS, granted: 5, eResults: 4, onlineEResults: 2, digitised: 6 };
    expect(dossierIndicators(counts, flows)).toEqual([
      { id: '2.1', numerator: 8, denominator: 10, ratio: 0.8 },
      { id: '3.3', numerator: 2, denominator: 8, ratio: 0.25 },
      { id: '4.1', numerator: 4, denominator: 5, ratio: 0.8 },
      { id: '4.2', numerator: 6, denominator: 8, ratio: 0.75 },
    ]);
    expect(dossierIndicators(NO_PROGRESS, NO_FLOWS).map((i) => i.ratio)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
