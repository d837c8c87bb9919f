import { describe, expect, it } from 'vitest';
import { maskName } from './mask-name.js';

describe('maskName', () => {
  it('keeps the family name and the first letter of every other word, a star for each other letter', () => {
    expect(maskName('Nguyễn Viết Anh')).toBe('Nguyễn V*** A**');
    expect(maskName('Trần Thị Ngọc Ánh')).toBe('Trần T** N*** Á**');
    // Decomposed input (NFD) counts its letters as written, not as code points.
    expect(maskName('Lê Văn Hưng'.normalize('NFD'))).toBe('Lê V** H***');
  });

  it('masks a name of one word, and spaces tell nothing', () => {
    expect(maskName('Hường')).toBe('H****');
    expect(maskName('  Phạm   Minh  ')).toBe('Phạm M***');
    expect(maskName('')).toBe('');
  });
});
