import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkResultDocumentCode, resultDocumentCode } from './result-document.js';

describe('the document code of a result', () => {
  it('is the owner’s ID number and the result type’s code', () => {
    expect(resultDocumentCode('027095001234', 'KQ.HT.KS')).toBe('027095001234.KQ.HT.KS');
    expect(
      checkResultDocumentCode({
        ownerIdNumber: '027095001234',
        resultTypeCode: 'KQ.HT.KS',
        given: undefined,
      }),
    ).toEqual({ ok: true, code: '027095001234.KQ.HT.KS' });
  });

  it('refuses a typed code that is not the rule’s, and says which is', () => {
    expect(
      checkResultDocumentCode({
        ownerIdNumber: '027095001234',
        resultTypeCode: 'KQ.HT.KS',
        given: '027095009999.KQ.HT.KS',
      }),
    ).toEqual({ ok: false, problem: 'mismatch', expected: '027095001234.KQ.HT.KS' });
  });

  it('takes the officer’s code for a result type without one only when it starts with the owner', () => {
    const owner = '0101234567';
    expect(
      checkResultDocumentCode({
        ownerIdNumber: owner,
        resultTypeCode: null,
        given: `${owner}.GP01`,
      }),
    ).toEqual({ ok: true, code: `${owner}.GP01` });
    expect(
      checkResultDocumentCode({ ownerIdNumber: owner, resultTypeCode: null, given: 'GP01' }),
    ).toMatchObject({ ok: false, problem: 'type_missing' });
    expect(
      checkResultDocumentCode({ ownerIdNumber: owner, resultTypeCode: null, given: undefined }),
    ).toEqual({ ok: true, code: null });
    expect(
      checkResultDocumentCode({ ownerIdNumber: null, resultTypeCode: 'KQ', given: 'X.KQ' }),
    ).toMatchObject({ ok: false, problem: 'owner_missing' });
  });

  it('accepts exactly the code it would give, for any owner and type', () => {
    const id = fc.stringMatching(/^[0-9]{9,13}$/);
    const type = fc.stringMatching(/^[A-Z]{2}(\.[A-Z]{1,4}){0,3}$/);
    fc.assert(
      fc.property(id, type, fc.string({ maxLength: 30 }), (owner, code, other) => {
        const expected = resultDocumentCode(owner, code);
        const given = checkResultDocumentCode({
          ownerIdNumber: owner,
          resultTypeCode: code,
          given: other,
        });
        expect(given.ok).toBe(other.trim() === '' || other.trim() === expected);
        expect(
          checkResultDocumentCode({ ownerIdNumber: owner, resultTypeCode: code, given: expected }),
        ).toEqual({ ok: true, code: expected });
      }),
    );
  });
});
