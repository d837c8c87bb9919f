import { describe, expect, it } from 'vitest';
import { receivedDigitised } from './digitisation.js';

const scan = { sha256: 'a'.repeat(64), name: 'to-khai.pdf' };

describe('a dossier received digitised (indicator 4.2)', () => {
  it('has a scan for every component provided, whatever is not provided', () => {
    expect(
      receivedDigitised([
        { provided: true, files: [scan] },
        { provided: false, files: [] },
      ]),
    ).toBe(true);
    expect(
      receivedDigitised([
        { provided: true, files: [scan] },
        { provided: true, files: [] },
      ]),
    ).toBe(false);
    expect(receivedDigitised([{ provided: false, files: [] }])).toBe(false);
    expect(receivedDigitised([])).toBe(false);
  });
});
