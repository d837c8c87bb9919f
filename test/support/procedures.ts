import type { ProcedureContentInput } from '../../src/domain/catalog/procedure.js';
import { agencyIds } from './factories.js';

/** A complete, coherent commune-level procedure; override what a test is about. */
export function buildProcedureContent(
  overrides: Partial<ProcedureContentInput> = {},
): ProcedureContentInput {
  return {
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    competentAgency: { kind: 'commune' },
    timeLimit: { amount: 1, unit: 'working_days' },
    ways: [
      { channel: 'counter', timeLimit: { amount: 1, unit: 'working_days' }, fees: [] },
      { channel: 'online', timeLimit: { amount: 1, unit: 'working_days' }, fees: [] },
      { channel: 'post', timeLimit: { amount: 1, unit: 'working_days' }, fees: [] },
    ],
    steps: [
      'Nộp hồ sơ tại Bộ phận Một cửa',
      'Công chức tư pháp - hộ tịch kiểm tra',
      'Chủ tịch UBND cấp xã ký',
      'Trả kết quả',
    ],
    components: [
      {
        name: 'Tờ khai đăng ký khai sinh',
        originals: 1,
        copies: 0,
        mandatory: true,
        documentTypeCode: 'TK-KS',
        form: { name: 'Mẫu tờ khai đăng ký khai sinh', url: null },
      },
      { name: 'Giấy chứng sinh', originals: 1, copies: 0, mandatory: true },
    ],
    results: [{ name: 'Giấy khai sinh (bản chính)', resultTypeCode: 'KQ.HT.KS' }],
    applicantTypes: ['citizen'],
    legalBases: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }],
    publication: { decisionNumber: '1234/QĐ-UBND', signedOn: '2025-07-15' },
    onlineLevel: 'full',
    eligibleFullyOnline: true,
    postalAllowed: true,
    boundaryFree: true,
    ...overrides,
  };
}

/** A provincial procedure decided by Sở Tư pháp, 10 calendar days, with a fee. */
export function buildProvincialContent(
  overrides: Partial<ProcedureContentInput> = {},
): ProcedureContentInput {
  return buildProcedureContent({
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    field: 'Lý lịch tư pháp',
    level: 'province',
    competentAgency: { kind: 'agency', agencyId: agencyIds.soTuPhap },
    timeLimit: { amount: 10, unit: 'days' },
    ways: [
      {
        channel: 'counter',
        timeLimit: { amount: 10, unit: 'days' },
        fees: [{ kind: 'phi', name: 'Phí cung cấp thông tin lý lịch tư pháp', amountVnd: 200_000 }],
      },
      {
        channel: 'online',
        timeLimit: { amount: 10, unit: 'days' },
        fees: [{ kind: 'phi', name: 'Phí cung cấp thông tin lý lịch tư pháp', amountVnd: 200_000 }],
      },
    ],
    postalAllowed: false,
    onlineLevel: 'full',
    ...overrides,
  });
}

export const threeStepProcess = (total: number) => [
  { name: 'Tiếp nhận', role: 'counter_officer' as const, agencyId: null, budget: total * 0.125 },
  { name: 'Thẩm định', role: 'specialist' as const, agencyId: null, budget: total * 0.625 },
  { name: 'Phê duyệt, ký', role: 'leader' as const, agencyId: null, budget: total * 0.25 },
];
