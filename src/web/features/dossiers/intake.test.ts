import { describe, expect, it } from 'vitest';
import type { Agency, SessionUser } from '../../api/types.js';
import { defaultCounter, receivingCounters } from './counters.js';
import { idempotencyKeys } from './idempotency-key.js';
import {
  initialIntakeValues,
  intakeRequest,
  vietnamInstant,
  vietnamNowLocal,
} from './intake-values.js';
import { cardDate, parseScan, splitAddress } from './scan-input.js';

describe('scanner input', () => {
  it('reads the QR code of a chip-based identity card', () => {
    expect(
      parseScan(
        '027095001234|123456789|Nguyễn Văn A|01011995|Nam|Số 5 đường Trần Hưng Đạo, Phường Kinh Bắc, Tỉnh Bắc Ninh|01012021',
      ),
    ).toEqual({
      kind: 'citizenCard',
      idNumber: '027095001234',
      name: 'Nguyễn Văn A',
      birthDate: '1995-01-01',
      address: { detail: 'Số 5 đường Trần Hưng Đạo', unitHint: 'Kinh Bắc' },
    });
  });

  it('takes 12 digits for a personal ID number and 10 (or 10-3) for a tax code', () => {
    expect(parseScan(' 027095001234 ')).toEqual({ kind: 'idNumber', idNumber: '027095001234' });
    expect(parseScan('2300123456-001')).toEqual({ kind: 'taxCode', taxCode: '2300123456-001' });
    expect(parseScan('hello')).toEqual({ kind: 'unknown' });
    expect(parseScan('12345|x|y')).toEqual({ kind: 'unknown' });
  });

  it('normalises what the scanner typed to NFC', () => {
    const decomposed = '027095001234||Nguye\u0302\u0303n Va\u0306n A|01011995|Nam||'.normalize(
      'NFD',
    );
    const result = parseScan(decomposed);
    expect(result.kind === 'citizenCard' && result.name).toBe('Nguyễn Văn A');
  });

  it('keeps only real dates and splits old four-level addresses at the commune', () => {
    expect(cardDate('31021995')).toBeNull();
    expect(cardDate('29022000')).toBe('2000-02-29');
    expect(splitAddress('Thôn Đông, Xã Tam Sơn, Thị xã Từ Sơn, Bắc Ninh')).toEqual({
      detail: 'Thôn Đông',
      unitHint: 'Tam Sơn',
    });
    expect(splitAddress('Số 1 phố Huế')).toEqual({ detail: 'Số 1 phố Huế', unitHint: '' });
  });
});

describe('the intake request', () => {
  const values = () => ({
    ...initialIntakeValues('00000000-0000-4000-8000-000000000001'),
    procedureCode: '2.001610',
  });

  it('sends a citizen without the organisation’s fields, and only uploaded scans', () => {
    const v = values();
    v.applicant = {
      ...v.applicant,
      name: ' Nguyễn Văn A ',
      idNumber: '027095001234',
      taxCode: '2300123456',
      address: { unitCode: '09187', detail: 'Số 5' },
      phone: '0912345678',
    };
    v.components = [
      {
        index: 0,
        name: 'Giấy đề nghị',
        mandatory: true,
        provided: true,
        originals: 1,
        copies: '',
        note: '',
        files: [
          { key: 'a', name: 'a.pdf', size: 1, status: 'done', progress: 1, sha256: 'f'.repeat(64) },
          { key: 'b', name: 'b.pdf', size: 1, status: 'error', progress: 0 },
        ],
      },
    ];
    const body = intakeRequest(v, 'received');
    expect(body.applicant).toEqual({
      kind: 'citizen',
      name: 'Nguyễn Văn A',
      idNumber: '027095001234',
      birthDate: undefined,
      address: { unitCode: '09187', detail: 'Số 5' },
      phone: '0912345678',
      email: undefined,
    });
    expect(body.components).toEqual([
      {
        index: 0,
        provided: true,
        originals: 1,
        copies: undefined,
        files: [{ sha256: 'f'.repeat(64), name: 'a.pdf' }],
        note: undefined,
      },
    ]);
    expect(body.postal).toBeUndefined();
    expect(body.missing).toEqual([]);
  });

  it('reads the postal hand-over time on Vietnam’s clock', () => {
    const v = values();
    v.channel = 'post';
    v.postal = { slipNumber: ' EB123VN ', handedOverAt: '2025-12-01T09:30' };
    expect(intakeRequest(v, 'received').postal).toEqual({
      slipNumber: 'EB123VN',
      handedOverAt: '2025-12-01T09:30:00+07:00',
    });
    expect(vietnamInstant('2025-12-01T09:30')).toBe('2025-12-01T09:30:00+07:00');
    expect(vietnamNowLocal(new Date('2025-12-01T20:15:00Z'))).toBe('2025-12-02T03:15');
  });

  it('keeps one Idempotency-Key while the request is the same', () => {
    const keyFor = idempotencyKeys();
    const first = keyFor({ a: 1 });
    expect(keyFor({ a: 1 })).toBe(first);
    const second = keyFor({ a: 2 });
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('receiving counters', () => {
  const agency = (id: string, parentId: string | null, kind: Agency['kind']): Agency => ({
    id,
    parentId,
    kind,
    name: id,
    shortName: null,
    code: id,
    codeIsPlaceholder: false,
    adminUnitCode: null,
    validFrom: '2025-07-01',
    validTo: null,
    mergedIntoId: null,
    status: 'active',
    version: 1,
  });
  const agencies = [
    agency('province', null, 'province'),
    agency('office', 'province', 'department'),
    agency('centre', 'office', 'service_centre'),
    agency('commune', 'province', 'commune'),
    agency('commune-centre', 'commune', 'service_centre'),
  ];
  const user = (grant: string, home: string): SessionUser => ({
    id: '00000000-0000-4000-8000-000000000009',
    username: 'motcua',
    fullName: 'Motcua',
    email: null,
    agency: { id: home, name: home },
    roles: [{ role: 'counter_officer', agencyId: grant, agencyName: grant }],
    permissions: ['dossier.receive'],
  });

  it('are the service centres under the officer’s grants, their own first by default', () => {
    const provincial = user('province', 'centre');
    const counters = receivingCounters(agencies, provincial);
    expect(counters.map((a) => a.id).sort()).toEqual(['centre', 'commune-centre']);
    expect(defaultCounter(counters, provincial)).toBe('centre');
    const communal = user('commune', 'commune');
    const own = receivingCounters(agencies, communal);
    expect(own.map((a) => a.id)).toEqual(['commune-centre']);
    expect(defaultCounter(own, communal)).toBe('commune-centre');
  });
});
