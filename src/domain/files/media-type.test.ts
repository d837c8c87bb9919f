import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePdf, samplePng } from '../../../test/support/dossiers.js';
import { checkScan } from './media-type.js';

describe('scan types from content', () => {
  it('knows PDF, JPEG and PNG by their bytes, whatever the name', () => {
    expect(checkScan(samplePdf())).toEqual({ ok: true, mediaType: 'application/pdf' });
    expect(checkScan(samplePng())).toEqual({ ok: true, mediaType: 'image/png' });
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 0xff, 0xd9,
    ]);
    expect(checkScan(jpeg)).toEqual({ ok: true, mediaType: 'image/jpeg' });
    expect(checkScan(Buffer.from('GIF89a'))).toEqual({ ok: false, problem: 'unsupported_type' });
    expect(checkScan(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
  });

  it('property: a scan cut short anywhere is corrupt, never accepted', () => {
    // The PDF's last byte is a line break after %%EOF: without it the file is still whole.
    for (const [whole, spare] of [
      [samplePdf('một trang quét'), 1],
      [samplePng(), 0],
    ] as const) {
      fc.assert(
        fc.property(fc.integer({ min: 8, max: whole.length - 1 - spare }), (cut) => {
          expect(checkScan(whole.subarray(0, cut)).ok).toBe(false);
        }),
      );
    }
  });
});
