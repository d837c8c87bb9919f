import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctWords, editDistance } from './spelling.js';

const vocabulary = new Map([
  ['dang', 50],
  ['ky', 40],
  ['ki', 0],
  ['khai', 30],
  ['sinh', 20],
  ['kinh', 5],
  ['giay', 60],
  ['phep', 60],
  ['ket', 10],
  ['hon', 10],
]);
vocabulary.delete('ki');

describe('spelling correction for search', () => {
  it('turns common typos back into catalog words', () => {
    expect(correctWords(['dang', 'ki', 'khai', 'sinh'], vocabulary)).toEqual([
      'dang',
      'ky',
      'khai',
      'sinh',
    ]);
    expect(correctWords(['giya', 'phep'], vocabulary)).toEqual(['giay', 'phep']);
    expect(correctWords(['dnag', 'ky', 'ket', 'hn'], vocabulary)).toEqual([
      'dang',
      'ky',
      'ket',
      'hon',
    ]);
  });

  it('leaves known words, numbers and hopeless words alone', () => {
    expect(correctWords(['sinh', '1.001193', 'xyzzyq'], vocabulary)).toEqual([
      'sinh',
      '1.001193',
      'xyzzyq',
    ]);
  });

  it('edit distance is a metric on small words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c) + 1);
      }),
    );
  });
});
