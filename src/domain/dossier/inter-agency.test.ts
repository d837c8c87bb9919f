import { describe, expect, it } from 'vitest';
import { compileCalendar, SHIPPED_CALENDAR_DATA } from '../calendar/calendar-source.js';
import { dueDate } from '../calendar/deadline.js';
import { agenciesHolding, isElectronic, legsOf } from './inter-agency.js';
import {
  apply,
  type Command,
  DEFAULT_PROCESSING_RULES,
  type DossierFacts,
  factsAtReceipt,
  ProcessingRefusal,
} from './processing.js';

const calendar = compileCalendar(SHIPPED_CALENDAR_DATA);
const at = (s: string) => Date.parse(s);
const ctx = (now: string) => ({ now: at(now), calendar, rules: DEFAULT_PROCESSING_RULES });

const PLAN = {
  leadAgencyId: 'so-tai-chinh',
  agencies: [
    { agencyId: 'so-tai-chinh', share: { amount: 14, unit: 'days' as const } },
    { agencyId: 'so-xay-dung', share: { amount: 7, unit: 'days' as const } },
    { agencyId: 'so-nn-mt', share: { amount: 8, unit: 'days' as const } },
  ],
};

/** Received Monday 23/11/2026 09:00, 35 days, one step at the lead, taken on at once. */
function taken(): DossierFacts {
  const receivedAt = at('2026-11-23T09:00:00+07:00');
  const facts = factsAtReceipt({
    timeLimit: { amount: 35, unit: 'days' },
    steps: [{ name: 'Thẩm định', role: 'specialist', agencyId: null, budget: 35 }],
    receivedAt,
    dueAt: dueDate(calendar, receivedAt, 35, 'days'),
    interAgency: legsOf(PLAN, 'so-tai-chinh'),
  });
  return apply(facts, { action: 'claim', handlerId: 'u1' }, ctx('2026-11-23T09:30:00+07:00')).facts;
}

const refusal = (facts: DossierFacts, c: Command, now: string) => {
  try {
    apply(facts, c, ctx(now));
  } catch (error) {
    if (error instanceof ProcessingRefusal) return error.code;
    throw error;
  }
  return undefined;
};

describe('an inter-agency dossier', () => {
  it('has a part for each agency of the plan but the lead, in order', () => {
    expect(legsOf(PLAN, 'so-tai-chinh')?.legs.map((l) => l.agencyId)).toEqual([
      'so-xay-dung',
      'so-nn-mt',
    ]);
    expect(legsOf(null, 'x')).toBeNull();
    expect(
      legsOf(
        { leadAgencyId: 'a', agencies: [{ agencyId: 'a', share: { amount: 1, unit: 'days' } }] },
        'a',
      ),
    ).toBeNull();
  });

  it('on paper goes from agency to agency, each with its share, and back to the lead', () => {
    let d = taken();
    expect(refusal(d, { action: 'approve' }, '2026-11-24T09:00:00+07:00')).toBe(
      'INTER_AGENCY_PENDING',
    );
    const sent = apply(
      d,
      { action: 'send_to_agencies', parallel: false },
      ctx('2026-11-24T09:00:00+07:00'),
    );
    d = sent.facts;
    expect(agenciesHolding(d.interAgency)).toEqual(['so-xay-dung']);
    // 7 days from Tuesday 24/11 end at 24:00 on Tuesday 1/12.
    expect(d.interAgency?.legs[0]?.dueAt).toBe(at('2026-12-02T00:00:00+07:00'));
    expect(sent.data).toMatchObject({ fromAgencyId: 'so-tai-chinh', parallel: false });
    expect(
      refusal(d, { action: 'send_to_agencies', parallel: false }, '2026-11-25T09:00:00+07:00'),
    ).toBe('INTER_AGENCY_PENDING');
    expect(
      refusal(
        d,
        { action: 'return_from_agency', agencyId: 'so-nn-mt', note: '' },
        '2026-11-25T09:00:00+07:00',
      ),
    ).toBe('INTER_AGENCY_LEG_UNKNOWN');
    expect(
      refusal(d, { action: 'refuse_after_appraisal', reasons: ['x'] }, '2026-11-25T09:00:00+07:00'),
    ).toBe('INTER_AGENCY_PENDING');

    // Returned late (after 1/12), straight on to the next agency.
    const first = apply(
      d,
      { action: 'return_from_agency', agencyId: 'so-xay-dung', note: 'Phù hợp quy hoạch' },
      ctx('2026-12-02T10:00:00+07:00'),
    );
    d = first.facts;
    expect(first.data).toMatchObject({
      fromAgencyId: 'so-xay-dung',
      toAgencyId: 'so-nn-mt',
      onTime: false,
    });
    expect(agenciesHolding(d.interAgency)).toEqual(['so-nn-mt']);
    const last = apply(
      d,
      { action: 'return_from_agency', agencyId: 'so-nn-mt', note: 'Đủ điều kiện' },
      ctx('2026-12-04T10:00:00+07:00'),
    );
    d = last.facts;
    expect(last.data).toMatchObject({ toAgencyId: 'so-tai-chinh', onTime: true });
    expect(agenciesHolding(d.interAgency)).toEqual([]);
    expect(
      refusal(d, { action: 'send_to_agencies', parallel: false }, '2026-12-04T11:00:00+07:00'),
    ).toBe('INTER_AGENCY_NONE');
    expect(apply(d, { action: 'approve' }, ctx('2026-12-04T11:00:00+07:00')).facts.state).toBe(
      'decided',
    );
  });

  it('when electronic goes to every agency at once and is back when all have answered', () => {
    let d = apply(
      taken(),
      { action: 'send_to_agencies', parallel: true },
      ctx('2026-11-24T09:00:00+07:00'),
    ).facts;
    expect(agenciesHolding(d.interAgency)).toEqual(['so-xay-dung', 'so-nn-mt']);
    const one = apply(
      d,
      { action: 'return_from_agency', agencyId: 'so-nn-mt', note: 'Đồng ý' },
      ctx('2026-11-25T09:00:00+07:00'),
    );
    expect(one.data.toAgencyId).toBeNull();
    d = one.facts;
    expect(refusal(d, { action: 'approve' }, '2026-11-25T10:00:00+07:00')).toBe(
      'INTER_AGENCY_PENDING',
    );
    const two = apply(
      d,
      { action: 'return_from_agency', agencyId: 'so-xay-dung', note: 'Đồng ý' },
      ctx('2026-11-26T09:00:00+07:00'),
    );
    expect(two.data.toAgencyId).toBe('so-tai-chinh');
  });

  it('never lets a part run past the dossier’s own due time', () => {
    const d = taken();
    const late = apply(
      d,
      { action: 'send_to_agencies', parallel: true },
      ctx('2026-12-24T09:00:00+07:00'),
    ).facts;
    for (const leg of late.interAgency?.legs ?? [])
      expect(leg.dueAt).toBeLessThanOrEqual(d.dueAt as number);
  });

  it('is electronic when it came online or every paper it holds is scanned', () => {
    expect(isElectronic({ channel: 'online', components: [] })).toBe(true);
    expect(
      isElectronic({
        channel: 'counter',
        components: [
          { provided: true, files: 1 },
          { provided: false, files: 0 },
        ],
      }),
    ).toBe(true);
    expect(
      isElectronic({
        channel: 'counter',
        components: [
          { provided: true, files: 1 },
          { provided: true, files: 0 },
        ],
      }),
    ).toBe(false);
    expect(isElectronic({ channel: 'post', components: [] })).toBe(false);
  });
});
