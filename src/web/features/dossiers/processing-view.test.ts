import { describe, expect, it } from 'vitest';
import type { DossierDetail } from './dossier-types.js';
import {
  defaultReturningAgency,
  derivedDocumentCode,
  type InterAgencyLeg,
  type InterAgencyView,
  legStatus,
  legsOut,
  legsWaiting,
  looksLikePdf,
} from './processing-view.js';

const agency = (id: string) => ({ id, name: `Sở ${id}`, code: id.toUpperCase() });

function leg(id: string, over: Partial<InterAgencyLeg> = {}): InterAgencyLeg {
  return {
    agency: agency(id),
    share: { amount: 7, unit: 'days' },
    sentAt: null,
    dueAt: null,
    returnedAt: null,
    note: null,
    onTime: null,
    ...over,
  };
}

const SENT = '2025-09-01T02:00:00.000Z';
const DUE = '2025-09-08T02:00:00.000Z';

describe('inter-agency parts as the page shows them', () => {
  const ia: InterAgencyView = {
    lead: agency('tc'),
    parallel: false,
    legs: [
      leg('xd', { sentAt: SENT, dueAt: DUE, returnedAt: SENT, note: 'Phù hợp', onTime: true }),
      leg('nnmt', { sentAt: SENT, dueAt: DUE }),
      leg('vp'),
    ],
  };

  it('tells a part not sent, out at the agency, and returned', () => {
    expect(ia.legs.map(legStatus)).toEqual(['returned', 'out', 'waiting']);
    expect(legsOut(ia).map((l) => l.agency.id)).toEqual(['nnmt']);
    expect(legsWaiting(ia).map((l) => l.agency.id)).toEqual(['vp']);
    expect(legsOut(null)).toEqual([]);
  });

  it('preselects the only part out, or the one of the officer’s own agency', () => {
    const a = leg('a', { sentAt: SENT });
    const b = leg('b', { sentAt: SENT });
    expect(defaultReturningAgency([a], [])).toBe('a');
    expect(defaultReturningAgency([a, b], ['x', 'b'])).toBe('b');
    // Several out and none (or more than one) the officer's: the officer picks.
    expect(defaultReturningAgency([a, b], [])).toBeNull();
    expect(defaultReturningAgency([a, b], ['a', 'b'])).toBeNull();
    expect(defaultReturningAgency([], ['a'])).toBeNull();
  });
});

describe('the result', () => {
  const citizen = {
    kind: 'citizen',
    name: 'Lê Thị Mai',
    idNumber: '027095004321',
    address: { unitCode: '09187', detail: 'Số 9' },
  } as DossierDetail['applicant'];
  const organisation = {
    kind: 'organisation',
    name: 'Công ty TNHH A',
    taxCode: '2300123456',
    address: { unitCode: '09187', detail: 'Số 9' },
  } as DossierDetail['applicant'];

  it('hints the code the server derives: the owner’s ID number + the result type’s code', () => {
    expect(derivedDocumentCode(citizen, 'KQ.HT.KS')).toBe('027095004321.KQ.HT.KS');
    expect(derivedDocumentCode(organisation, 'KQ.DN')).toBe('2300123456.KQ.DN');
    expect(derivedDocumentCode(citizen, null)).toBeNull();
    expect(derivedDocumentCode(citizen, ' ')).toBeNull();
  });

  it('takes PDFs only, by type or, without one, by name', () => {
    expect(looksLikePdf({ name: 'kq.pdf', type: 'application/pdf' })).toBe(true);
    expect(looksLikePdf({ name: 'KQ.PDF', type: '' })).toBe(true);
    expect(looksLikePdf({ name: 'kq.pdf', type: 'image/png' })).toBe(false);
    expect(looksLikePdf({ name: 'kq.jpg', type: '' })).toBe(false);
  });
});
