/**
 * Demo catalog of administrative procedures (thủ tục hành chính) for Bắc Ninh after the merger of
 * 1 July 2025 (two-level local government: the province and 99 communes/wards).
 *
 * DEMO DATA, ILLUSTRATIVE ONLY. National codes, fees, time limits, legal bases and components
 * follow the published procedures as closely as known, but the decision numbers are invented and
 * everything here must be checked against the national database of administrative procedures
 * (Cơ sở dữ liệu quốc gia về thủ tục hành chính) and the province's publication decisions before
 * any real use.
 */
import type {
  CatalogDocumentInput,
  ProcedureContentInput,
} from '../../domain/catalog/procedure.js';
import { stableId } from './stable-id.js';

const agency = (key: string) => stableId(`agency:${key}`);

type Unit = 'working_days' | 'days' | 'working_hours' | 'months';
type Role = 'counter_officer' | 'specialist' | 'leader';
type Fee = { kind: 'le_phi' | 'phi'; name: string; amountVnd: number; note?: string };
type Component = ProcedureContentInput['components'][number];
type Result = ProcedureContentInput['results'][number];
type LegalBasis = NonNullable<ProcedureContentInput['legalBases']>[number];
type StepTuple = [name: string, role: Role, budget: number, agencyKey?: string];
type Entry = CatalogDocumentInput['procedures'][number];

/** A document to submit: originals/copies, mandatory, a short type code and a form, if any. */
function doc(
  name: string,
  o: {
    originals?: number;
    copies?: number;
    mandatory?: boolean;
    code?: string | null;
    form?: string;
    note?: string;
  } = {},
): Component {
  return {
    name,
    originals: o.originals ?? 1,
    copies: o.copies ?? 0,
    mandatory: o.mandatory ?? true,
    documentTypeCode: o.code ?? null,
    form: o.form ? { name: o.form, url: null } : null,
    ...(o.note ? { note: o.note } : {}),
  };
}

/** A document shown at the counter (xuất trình), not kept in the file. */
const shown = (name: string, note = 'Xuất trình để đối chiếu') =>
  doc(name, { originals: 1, copies: 0, mandatory: true, code: 'GTTT', note });

const result = (name: string, resultTypeCode: string | null = null): Result => ({
  name,
  resultTypeCode,
});

const law = (number: string, title: string, issuedOn?: string): LegalBasis =>
  issuedOn ? { number, title, issuedOn } : { number, title };

// Legal bases used more than once.
const LUAT_HO_TICH = law('60/2014/QH13', 'Luật Hộ tịch', '2014-11-20');
const ND_HO_TICH = law(
  '123/2015/NĐ-CP',
  'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
  '2015-11-15',
);
const TT_HO_TICH = law(
  '04/2020/TT-BTP',
  'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
  '2020-05-28',
);
const ND_CHUNG_THUC = law(
  '23/2015/NĐ-CP',
  'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch',
  '2015-02-16',
);
const TT_PHI_CHUNG_THUC = law(
  '226/2016/TT-BTC',
  'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực',
  '2016-11-11',
);

// Publication decisions of the Chairman of the provincial People's Committee (illustrative numbers).
const QD_TU_PHAP = { decisionNumber: '1368/QĐ-UBND', signedOn: '2025-07-08' };
const QD_TAI_CHINH = { decisionNumber: '1402/QĐ-UBND', signedOn: '2025-07-11' };
const QD_XAY_DUNG = { decisionNumber: '1415/QĐ-UBND', signedOn: '2025-07-14' };
const QD_NN_MT = { decisionNumber: '1427/QĐ-UBND', signedOn: '2025-07-15' };
const QD_NOI_VU = { decisionNumber: '1433/QĐ-UBND', signedOn: '2025-07-16' };
const QD_Y_TE = { decisionNumber: '1451/QĐ-UBND', signedOn: '2025-07-18' };
const QD_CONG_THUONG = { decisionNumber: '1462/QĐ-UBND', signedOn: '2025-07-21' };
const QD_GDDT = { decisionNumber: '1478/QĐ-UBND', signedOn: '2025-07-22' };
const QD_VHTTDL = { decisionNumber: '1490/QĐ-UBND', signedOn: '2025-07-24' };
const QD_KHCN = { decisionNumber: '1503/QĐ-UBND', signedOn: '2025-07-25' };
const QD_THANH_TRA = { decisionNumber: '1511/QĐ-UBND', signedOn: '2025-07-28' };

interface Spec
  extends Omit<
    ProcedureContentInput,
    | 'ways'
    | 'onlineLevel'
    | 'eligibleFullyOnline'
    | 'postalAllowed'
    | 'nationalStatus'
    | 'timeLimit'
    | 'competentAgency'
  > {
  code: string;
  /** Agency key of the competent agency; omitted for the commune People's Committee. */
  competent?: string;
  timeLimit: [amount: number, unit: Unit];
  fees?: Fee[];
  /** Fees when applying online, if they differ (e.g. exempted or reduced). */
  onlineFees?: Fee[];
  online: 'full' | 'partial' | 'none';
  /** Whether a fully online application is accepted (only with online: 'full'); default true. */
  fullyOnline?: boolean;
  post: boolean;
  counterNote?: string;
  onlineNote?: string;
  process: StepTuple[];
}

/** Builds one catalog entry; the ways and flags are derived so that they agree. */
function entry(s: Spec): Entry {
  const {
    code,
    competent,
    timeLimit: [amount, unit],
    fees = [],
    onlineFees = fees,
    online,
    fullyOnline = true,
    post,
    counterNote,
    onlineNote,
    process,
    ...content
  } = s;
  const timeLimit = { amount, unit };
  const ways: ProcedureContentInput['ways'] = [
    {
      channel: 'counter',
      timeLimit,
      fees,
      description:
        counterNote ??
        (competent
          ? 'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh.'
          : 'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã.'),
    },
  ];
  if (online !== 'none') {
    ways.push({
      channel: 'online',
      timeLimit,
      fees: onlineFees,
      description:
        onlineNote ??
        'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Bắc Ninh.',
    });
  }
  if (post) {
    ways.push({
      channel: 'post',
      timeLimit,
      fees,
      description: 'Gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích.',
    });
  }
  return {
    nationalCode: code,
    validFrom: '2025-07-01',
    content: {
      ...content,
      competentAgency: competent
        ? { kind: 'agency', agencyId: agency(competent) }
        : { kind: 'commune' },
      timeLimit,
      ways,
      onlineLevel: online,
      eligibleFullyOnline: online === 'full' && fullyOnline,
      postalAllowed: post,
      nationalStatus: 'published',
    },
    processes: [
      {
        agencyId: null,
        steps: process.map(([name, role, budget, key]) => ({
          name,
          role,
          agencyId: key ? agency(key) : null,
          budget,
        })),
      },
    ],
  };
}

// ————————————————————————————————————————————————————————————————— Hộ tịch, Chứng thực (cấp xã)

const HO_TICH: Entry[] = [
  entry({
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [1, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã. Miễn lệ phí đối với đăng ký khai sinh đúng hạn.',
    steps: [
      'Người đi đăng ký khai sinh nộp tờ khai và giấy tờ theo quy định tại Trung tâm Phục vụ hành chính công cấp xã hoặc trực tuyến.',
      'Công chức tiếp nhận kiểm tra hồ sơ; nếu đầy đủ, hợp lệ thì tiếp nhận, viết phiếu hẹn; nếu chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện.',
      'Công chức làm công tác hộ tịch kiểm tra, ghi nội dung khai sinh vào Sổ đăng ký khai sinh và cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.',
      'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ký Giấy khai sinh.',
      'Trả Giấy khai sinh cho người đi đăng ký; người đi đăng ký cùng công chức ký vào Sổ đăng ký khai sinh.',
    ],
    components: [
      doc('Tờ khai đăng ký khai sinh', {
        code: 'TK.KS',
        form: 'Tờ khai đăng ký khai sinh (mẫu ban hành kèm Thông tư số 04/2020/TT-BTP)',
      }),
      doc('Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', {
        code: 'GCS',
        note: 'Trường hợp trẻ bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi; trường hợp mang thai hộ: văn bản chứng minh việc mang thai hộ.',
      }),
      shown(
        'Hộ chiếu, Căn cước công dân/Thẻ căn cước hoặc giấy tờ tùy thân có ảnh của người đi đăng ký',
      ),
      doc('Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)', {
        mandatory: false,
        code: 'VBUQ',
      }),
    ],
    results: [result('Giấy khai sinh (bản chính)', 'KQ.HT.KS')],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.25],
      ['Công chức tư pháp - hộ tịch thẩm định, ghi sổ, dự thảo Giấy khai sinh', 'specialist', 0.25],
      ['Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh', 'leader', 0.25],
      ['Vào sổ, trả kết quả', 'counter_officer', 0.25],
    ],
  }),
  entry({
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [1, 'working_days'],
    fees: [],
    online: 'partial',
    post: false,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã. Hai bên nam, nữ phải có mặt khi đăng ký kết hôn. Miễn lệ phí. Trường hợp cần xác minh, thời hạn không quá 05 ngày làm việc.',
    steps: [
      'Hai bên nam, nữ nộp tờ khai đăng ký kết hôn và giấy tờ theo quy định.',
      'Công chức tiếp nhận kiểm tra hồ sơ, hướng dẫn bổ sung nếu hồ sơ chưa đầy đủ.',
      'Công chức làm công tác hộ tịch thẩm tra; nếu đủ điều kiện kết hôn thì ghi vào Sổ đăng ký kết hôn, trình ký Giấy chứng nhận kết hôn.',
      'Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn.',
      'Hai bên nam, nữ cùng ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn, mỗi bên nhận 01 bản chính.',
    ],
    components: [
      doc('Tờ khai đăng ký kết hôn', { code: 'TK.KH', form: 'Tờ khai đăng ký kết hôn' }),
      doc(
        'Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại nơi không phải nơi cư trú)',
        {
          mandatory: false,
          code: 'XNTTHN',
        },
      ),
      shown('Giấy tờ tùy thân có ảnh của hai bên nam, nữ'),
    ],
    results: [result('Giấy chứng nhận kết hôn (02 bản chính)', 'KQ.HT.KH')],
    applicantTypes: ['citizen'],
    conditions:
      'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình.',
    legalBases: [
      LUAT_HO_TICH,
      law('52/2014/QH13', 'Luật Hôn nhân và gia đình', '2014-06-19'),
      ND_HO_TICH,
      TT_HO_TICH,
    ],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.25],
      ['Thẩm tra điều kiện kết hôn, ghi sổ', 'specialist', 0.25],
      ['Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn', 'leader', 0.25],
      ['Tổ chức trao Giấy chứng nhận kết hôn', 'counter_officer', 0.25],
    ],
  }),
  entry({
    code: '1.000656',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [1, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã. Miễn lệ phí đối với đăng ký khai tử đúng hạn.',
    steps: [
      'Người đi đăng ký khai tử nộp tờ khai và Giấy báo tử hoặc giấy tờ thay Giấy báo tử.',
      'Công chức tiếp nhận kiểm tra hồ sơ, viết phiếu hẹn.',
      'Công chức làm công tác hộ tịch kiểm tra, ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử.',
      'Lãnh đạo Ủy ban nhân dân cấp xã ký Trích lục khai tử.',
      'Trả Trích lục khai tử cho người đi đăng ký.',
    ],
    components: [
      doc('Tờ khai đăng ký khai tử', { code: 'TK.KT', form: 'Tờ khai đăng ký khai tử' }),
      doc('Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp', {
        code: 'GBT',
      }),
      shown('Giấy tờ tùy thân có ảnh của người đi đăng ký khai tử'),
    ],
    results: [result('Trích lục khai tử (bản chính)', 'KQ.HT.KT')],
    applicantTypes: ['citizen', 'organisation'],
    conditions: null,
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.25],
      ['Kiểm tra, ghi Sổ đăng ký khai tử', 'specialist', 0.25],
      ['Lãnh đạo ký Trích lục khai tử', 'leader', 0.25],
      ['Trả kết quả', 'counter_officer', 0.25],
    ],
  }),
  entry({
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân',
        amountVnd: 5000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh; trường hợp cần xác minh, thời hạn không quá 23 ngày làm việc.',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân.',
      'Công chức tiếp nhận kiểm tra hồ sơ, viết phiếu hẹn.',
      'Công chức làm công tác hộ tịch kiểm tra, xác minh tình trạng hôn nhân trong Cơ sở dữ liệu hộ tịch điện tử.',
      'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy xác nhận tình trạng hôn nhân.',
      'Trả kết quả cho người yêu cầu.',
    ],
    components: [
      doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', {
        code: 'TK.XNHN',
        form: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
      }),
      doc(
        'Bản án, quyết định ly hôn đã có hiệu lực hoặc trích lục khai tử của vợ/chồng (trường hợp đã từng kết hôn)',
        { originals: 0, copies: 1, mandatory: false, code: 'BA' },
      ),
      shown('Giấy tờ tùy thân có ảnh của người yêu cầu'),
    ],
    results: [result('Giấy xác nhận tình trạng hôn nhân', 'KQ.HT.XNHN')],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra, xác minh tình trạng hôn nhân', 'specialist', 1.5],
      ['Lãnh đạo ký Giấy xác nhận', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [5, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí đăng ký lại khai sinh',
        amountVnd: 5000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Người yêu cầu nộp tờ khai và giấy tờ liên quan đến nội dung khai sinh.',
      'Công chức tiếp nhận kiểm tra hồ sơ, viết phiếu hẹn.',
      'Công chức làm công tác hộ tịch kiểm tra, xác minh; nếu việc đăng ký lại khai sinh là đúng thì trình ký.',
      'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh.',
      'Trả kết quả.',
    ],
    components: [
      doc('Tờ khai đăng ký lại khai sinh', {
        code: 'TK.KS',
        form: 'Tờ khai đăng ký lại khai sinh',
      }),
      doc('Bản sao Giấy khai sinh hoặc bản sao giấy tờ có nội dung khai sinh (nếu có)', {
        originals: 0,
        copies: 1,
        mandatory: false,
        code: 'GKS',
      }),
      doc(
        'Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh',
        {
          mandatory: false,
        },
      ),
      shown('Giấy tờ tùy thân có ảnh của người yêu cầu'),
    ],
    results: [result('Giấy khai sinh (bản chính) có ghi "Đăng ký lại"', 'KQ.HT.KS')],
    applicantTypes: ['citizen'],
    conditions:
      'Việc khai sinh đã được đăng ký tại cơ quan có thẩm quyền của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính Giấy khai sinh đều bị mất.',
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra, xác minh, đề xuất', 'specialist', 3],
      ['Lãnh đạo ký Giấy khai sinh', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí đăng ký nhận cha, mẹ, con',
        amountVnd: 15000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh; miễn lệ phí đăng ký khai sinh đúng hạn',
      },
    ],
    online: 'partial',
    post: false,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã. Các bên cha, mẹ, con phải có mặt khi đăng ký.',
    steps: [
      'Người yêu cầu nộp tờ khai đăng ký khai sinh, tờ khai đăng ký nhận cha, mẹ, con và chứng cứ chứng minh quan hệ cha, mẹ, con.',
      'Công chức tiếp nhận kiểm tra hồ sơ, viết phiếu hẹn.',
      'Công chức làm công tác hộ tịch kiểm tra; nếu việc nhận cha, mẹ, con là đúng, không có tranh chấp thì ghi vào Sổ hộ tịch.',
      'Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con.',
      'Trả kết quả; các bên cùng ký vào Sổ hộ tịch.',
    ],
    components: [
      doc('Tờ khai đăng ký khai sinh', { code: 'TK.KS', form: 'Tờ khai đăng ký khai sinh' }),
      doc('Tờ khai đăng ký nhận cha, mẹ, con', {
        code: 'TK.NCMC',
        form: 'Tờ khai đăng ký nhận cha, mẹ, con',
      }),
      doc('Giấy chứng sinh', { code: 'GCS' }),
      doc(
        'Văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ cha con, mẹ con hoặc chứng cứ chứng minh quan hệ cha, mẹ, con',
        { code: 'GĐADN' },
      ),
      shown('Giấy tờ tùy thân có ảnh của người yêu cầu'),
    ],
    results: [
      result('Giấy khai sinh (bản chính)', 'KQ.HT.KS'),
      result('Trích lục đăng ký nhận cha, mẹ, con', 'KQ.HT.NCMC'),
    ],
    applicantTypes: ['citizen'],
    conditions: 'Không có tranh chấp về việc nhận cha, mẹ, con.',
    legalBases: [LUAT_HO_TICH, ND_HO_TICH, TT_HO_TICH],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận, kiểm tra hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra chứng cứ, niêm yết (nếu cần), ghi sổ', 'specialist', 1.5],
      ['Lãnh đạo ký Giấy khai sinh và Trích lục', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    field: 'Hộ tịch',
    level: 'commune',
    timeLimit: [1, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí cấp bản sao trích lục hộ tịch',
        amountVnd: 8000,
        note: 'Mỗi bản sao trích lục',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Người yêu cầu nộp tờ khai cấp bản sao trích lục hộ tịch.',
      'Công chức tiếp nhận kiểm tra hồ sơ.',
      'Công chức làm công tác hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử và trình ký bản sao trích lục.',
      'Trả bản sao trích lục hộ tịch cho người yêu cầu.',
    ],
    components: [
      doc('Tờ khai cấp bản sao trích lục hộ tịch', {
        code: 'TK.BSTL',
        form: 'Tờ khai cấp bản sao trích lục hộ tịch',
      }),
      shown('Giấy tờ tùy thân có ảnh của người yêu cầu'),
      doc('Văn bản ủy quyền (trường hợp ủy quyền)', { mandatory: false, code: 'VBUQ' }),
    ],
    results: [result('Bản sao Trích lục hộ tịch', 'KQ.HT.BSTL')],
    applicantTypes: ['citizen', 'organisation'],
    conditions: null,
    legalBases: [
      LUAT_HO_TICH,
      ND_HO_TICH,
      TT_HO_TICH,
      law(
        '281/2016/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch',
        '2016-11-14',
      ),
    ],
    publication: QD_TU_PHAP,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.25],
      ['Tra cứu, dự thảo bản sao trích lục', 'specialist', 0.25],
      ['Lãnh đạo ký bản sao trích lục', 'leader', 0.25],
      ['Trả kết quả', 'counter_officer', 0.25],
    ],
  }),
  entry({
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    level: 'commune',
    timeLimit: [4, 'working_hours'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí chứng thực bản sao từ bản chính',
        amountVnd: 2000,
        note: 'Mỗi trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      },
    ],
    online: 'partial',
    post: false,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã; giải quyết trong ngày, trường hợp tiếp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo.',
    steps: [
      'Người yêu cầu chứng thực xuất trình bản chính và bản sao cần chứng thực.',
      'Người tiếp nhận kiểm tra bản chính, đối chiếu với bản sao.',
      'Người có thẩm quyền ký chứng thực, ghi lời chứng, đóng dấu và ghi vào Sổ chứng thực.',
      'Trả bản sao đã chứng thực và thu phí.',
    ],
    components: [
      doc('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', {
        code: 'BC',
        note: 'Xuất trình để đối chiếu',
      }),
      doc('Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)', {
        originals: 0,
        copies: 1,
        mandatory: false,
      }),
    ],
    results: [result('Bản sao được chứng thực từ bản chính', 'KQ.CT.BS')],
    applicantTypes: ['citizen', 'organisation', 'business', 'foreigner'],
    conditions:
      'Bản chính không thuộc các trường hợp quy định tại Điều 22 Nghị định số 23/2015/NĐ-CP (bị tẩy xóa, sửa chữa, hư hỏng, cũ nát, đóng dấu mật...).',
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    publication: QD_TU_PHAP,
    boundaryFree: true,
    process: [
      ['Tiếp nhận, đối chiếu bản chính', 'counter_officer', 1],
      ['Kiểm tra, ghi lời chứng, vào sổ chứng thực', 'specialist', 1.5],
      ['Người có thẩm quyền ký chứng thực', 'leader', 1],
      ['Đóng dấu, thu phí, trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    level: 'commune',
    timeLimit: [4, 'working_hours'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí chứng thực chữ ký',
        amountVnd: 10000,
        note: 'Mỗi trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản)',
      },
    ],
    online: 'none',
    post: false,
    counterNote:
      'Nộp trực tiếp; người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực.',
    steps: [
      'Người yêu cầu chứng thực xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký.',
      'Người tiếp nhận kiểm tra giấy tờ; người yêu cầu ký trước mặt người thực hiện chứng thực.',
      'Người có thẩm quyền ghi lời chứng, ký, đóng dấu và ghi vào Sổ chứng thực.',
      'Trả kết quả và thu phí.',
    ],
    components: [
      shown('Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị sử dụng'),
      doc('Giấy tờ, văn bản mà mình sẽ ký', { code: 'VB' }),
    ],
    results: [result('Giấy tờ, văn bản đã được chứng thực chữ ký', 'KQ.CT.CK')],
    applicantTypes: ['citizen', 'foreigner'],
    conditions:
      'Người yêu cầu chứng thực minh mẫn, nhận thức và làm chủ được hành vi của mình; giấy tờ, văn bản không có nội dung trái pháp luật, đạo đức xã hội.',
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    publication: QD_TU_PHAP,
    boundaryFree: true,
    process: [
      ['Tiếp nhận, kiểm tra giấy tờ tùy thân', 'counter_officer', 1],
      ['Chứng kiến việc ký, ghi lời chứng', 'specialist', 1.5],
      ['Người có thẩm quyền ký chứng thực', 'leader', 1],
      ['Đóng dấu, thu phí, trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '2.000942',
    name: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
    field: 'Chứng thực',
    level: 'commune',
    timeLimit: [2, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí cấp bản sao có chứng thực',
        amountVnd: 2000,
        note: 'Mỗi trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      },
    ],
    online: 'none',
    post: true,
    steps: [
      'Người yêu cầu nộp yêu cầu cấp bản sao có chứng thực hợp đồng, giao dịch đã được chứng thực.',
      'Người tiếp nhận kiểm tra quyền yêu cầu cấp bản sao.',
      'Bộ phận lưu trữ tìm bản chính trong hồ sơ lưu; người có thẩm quyền ký chứng thực bản sao.',
      'Trả kết quả và thu phí.',
    ],
    components: [
      shown('Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân của người yêu cầu'),
      doc(
        'Giấy tờ chứng minh là bên tham gia hợp đồng, giao dịch hoặc người thừa kế, người đại diện',
        {
          originals: 0,
          copies: 1,
        },
      ),
    ],
    results: [result('Bản sao có chứng thực hợp đồng, giao dịch', 'KQ.CT.BSHĐ')],
    applicantTypes: ['citizen', 'organisation', 'business'],
    conditions:
      'Người yêu cầu là người tham gia hợp đồng, giao dịch hoặc có quyền, lợi ích hợp pháp liên quan đến hợp đồng, giao dịch.',
    legalBases: [ND_CHUNG_THUC, TT_PHI_CHUNG_THUC],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận yêu cầu', 'counter_officer', 0.5],
      ['Tra cứu hồ sơ lưu, dự thảo bản sao', 'specialist', 0.75],
      ['Người có thẩm quyền ký chứng thực', 'leader', 0.5],
      ['Đóng dấu, thu phí, trả kết quả', 'counter_officer', 0.25],
    ],
  }),
];

// ————————————————————————————————————————————————————————— Cấp xã: kinh doanh, xây dựng, xã hội

const LUAT_DOANH_NGHIEP = law('59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17');
const ND_DANG_KY_DN = law('168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2025-06-30');
const TT_BIEU_MAU_DN = law(
  '68/2025/TT-BTC',
  'Thông tư ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh',
);
const LUAT_XAY_DUNG = law('50/2014/QH13', 'Luật Xây dựng', '2014-06-18');
const LUAT_XAY_DUNG_SUA = law(
  '62/2020/QH14',
  'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng',
  '2020-06-17',
);
const ND_XAY_DUNG = law(
  '175/2024/NĐ-CP',
  'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng',
  '2024-12-30',
);
const ND_TRO_GIUP_XH = law(
  '20/2021/NĐ-CP',
  'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội',
  '2021-03-15',
);
const ND_TRO_GIUP_XH_SUA = law(
  '76/2024/NĐ-CP',
  'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP',
  '2024-07-01',
);
const HKD_FEE: Fee = {
  kind: 'le_phi',
  name: 'Lệ phí đăng ký hộ kinh doanh',
  amountVnd: 100000,
  note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
};
const HKD_COMPONENTS: Component[] = [
  doc('Giấy đề nghị đăng ký hộ kinh doanh', {
    code: 'GĐN.HKD',
    form: 'Giấy đề nghị đăng ký hộ kinh doanh (mẫu ban hành kèm Thông tư số 68/2025/TT-BTC)',
  }),
  doc(
    'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)',
    {
      mandatory: false,
    },
  ),
  doc('Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh (nếu có)', {
    mandatory: false,
    code: 'VBUQ',
  }),
];

const CAP_XA: Entry[] = [
  entry({
    code: '2.000986',
    name: 'Liên thông các thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    field: 'Hộ tịch',
    level: 'commune',
    coordinatingAgencies: ['Công an cấp xã', 'Bảo hiểm xã hội tỉnh Bắc Ninh'],
    timeLimit: [5, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    onlineNote:
      'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; kết quả điện tử được gửi vào kho dữ liệu của người yêu cầu.',
    steps: [
      'Người yêu cầu nộp hồ sơ liên thông (tờ khai điện tử thống nhất hoặc bản giấy) tại Trung tâm Phục vụ hành chính công cấp xã hoặc trực tuyến.',
      'Công chức làm công tác hộ tịch giải quyết việc đăng ký khai sinh, cấp số định danh cá nhân cho trẻ và chuyển thông tin cho cơ quan đăng ký cư trú, cơ quan bảo hiểm xã hội.',
      'Công an cấp xã giải quyết việc đăng ký thường trú cho trẻ.',
      'Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.',
      'Trung tâm Phục vụ hành chính công cấp xã trả Giấy khai sinh, thông báo kết quả đăng ký thường trú và thẻ bảo hiểm y tế.',
    ],
    components: [
      doc(
        'Tờ khai điện tử thống nhất (hoặc Tờ khai đăng ký khai sinh, Tờ khai thay đổi thông tin cư trú, Tờ khai tham gia bảo hiểm xã hội, bảo hiểm y tế)',
        {
          code: 'TK.LT',
          form: 'Tờ khai liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế',
        },
      ),
      doc('Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', { code: 'GCS' }),
      doc(
        'Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp cho đăng ký thường trú (trường hợp đăng ký thường trú không cùng nơi cư trú của cha, mẹ)',
        {
          mandatory: false,
        },
      ),
      shown('Giấy tờ tùy thân có ảnh của người đi đăng ký'),
    ],
    results: [
      result('Giấy khai sinh', 'KQ.HT.KS'),
      result('Thông báo kết quả đăng ký thường trú', 'KQ.CT.TT'),
      result('Thẻ bảo hiểm y tế', 'KQ.BHYT'),
    ],
    applicantTypes: ['citizen'],
    conditions: 'Trẻ em dưới 6 tuổi; cha, mẹ hoặc người giám hộ có nơi thường trú hợp pháp.',
    legalBases: [
      LUAT_HO_TICH,
      law('68/2020/QH14', 'Luật Cư trú', '2020-11-13'),
      law('25/2008/QH12', 'Luật Bảo hiểm y tế', '2008-11-14'),
      law(
        '63/2024/NĐ-CP',
        'Nghị định quy định việc thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
        '2024-06-10',
      ),
      ND_HO_TICH,
    ],
    publication: QD_TU_PHAP,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ liên thông', 'counter_officer', 0.5],
      ['Đăng ký khai sinh, cấp số định danh cá nhân', 'specialist', 1],
      ['Lãnh đạo Ủy ban nhân dân cấp xã ký Giấy khai sinh', 'leader', 0.5],
      ['Đăng ký thường trú cho trẻ', 'specialist', 2, 'cong-an'],
      ['Cấp thẻ bảo hiểm y tế', 'specialist', 0.5, 'bhxh'],
      ['Trả kết quả liên thông', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: 'Hộ kinh doanh',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [HKD_FEE],
    onlineFees: [{ ...HKD_FEE, amountVnd: 0, note: 'Miễn lệ phí khi đăng ký qua mạng điện tử' }],
    online: 'full',
    post: true,
    steps: [
      'Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã hoặc qua Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.',
      'Cơ quan đăng ký kinh doanh cấp xã trao Giấy biên nhận và kiểm tra tính hợp lệ của hồ sơ.',
      'Trường hợp hồ sơ hợp lệ, cấp Giấy chứng nhận đăng ký hộ kinh doanh; trường hợp chưa hợp lệ, thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Trả Giấy chứng nhận đăng ký hộ kinh doanh; gửi thông tin đến cơ quan thuế.',
    ],
    components: [
      ...HKD_COMPONENTS,
      doc(
        'Bản sao giấy tờ pháp lý của cá nhân (trường hợp thông tin chưa có trong Cơ sở dữ liệu quốc gia về dân cư)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
          code: 'GTTT',
        },
      ),
    ],
    results: [result('Giấy chứng nhận đăng ký hộ kinh doanh', 'KQ.HKD.GCN')],
    applicantTypes: ['citizen'],
    conditions:
      'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã; có hồ sơ hợp lệ và nộp đủ lệ phí.',
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ, trao Giấy biên nhận', 'counter_officer', 0.5],
      [
        'Kiểm tra tính hợp lệ, nhập dữ liệu vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh',
        'specialist',
        1.5,
      ],
      ['Lãnh đạo phòng chuyên môn ký Giấy chứng nhận', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    field: 'Hộ kinh doanh',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [HKD_FEE],
    onlineFees: [{ ...HKD_FEE, amountVnd: 0, note: 'Miễn lệ phí khi đăng ký qua mạng điện tử' }],
    online: 'full',
    post: true,
    steps: [
      'Hộ kinh doanh nộp thông báo thay đổi nội dung đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp xã.',
      'Cơ quan đăng ký kinh doanh trao Giấy biên nhận và kiểm tra hồ sơ.',
      'Trường hợp hồ sơ hợp lệ, cấp Giấy chứng nhận đăng ký hộ kinh doanh mới.',
      'Trả kết quả.',
    ],
    components: [
      doc('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', {
        code: 'TB.HKD',
        form: 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh',
      }),
      doc(
        'Biên bản họp thành viên hộ gia đình về việc thay đổi chủ hộ kinh doanh (trường hợp thay đổi chủ hộ)',
        {
          mandatory: false,
        },
      ),
      doc(
        'Hợp đồng mua bán, tặng cho hoặc văn bản thỏa thuận phân chia di sản (trường hợp thay đổi chủ hộ do chuyển nhượng, tặng cho, thừa kế)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
        },
      ),
    ],
    results: [
      result(
        'Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi)',
        'KQ.HKD.GCN',
      ),
    ],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra hồ sơ, cập nhật thông tin', 'specialist', 1.5],
      ['Lãnh đạo ký Giấy chứng nhận', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    field: 'Hộ kinh doanh',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    steps: [
      'Hộ kinh doanh gửi thông báo tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn ít nhất 03 ngày làm việc trước ngày tạm ngừng hoặc tiếp tục kinh doanh.',
      'Cơ quan đăng ký kinh doanh cấp xã trao Giấy biên nhận, kiểm tra hồ sơ.',
      'Cấp Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh.',
      'Trả kết quả.',
    ],
    components: [
      doc(
        'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo',
        {
          code: 'TB.HKD',
          form: 'Thông báo về việc tạm ngừng/tiếp tục kinh doanh của hộ kinh doanh',
        },
      ),
    ],
    results: [
      result(
        'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh/tiếp tục kinh doanh',
        'KQ.HKD.TN',
      ),
    ],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: false,
    process: [
      ['Tiếp nhận thông báo', 'counter_officer', 0.5],
      ['Kiểm tra, cập nhật tình trạng hộ kinh doanh', 'specialist', 1.5],
      ['Lãnh đạo ký Giấy xác nhận', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.013225',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Xây dựng',
    level: 'commune',
    timeLimit: [15, 'days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ',
        amountVnd: 75000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép xây dựng công trình khác',
        amountVnd: 150000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'partial',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã. Thời hạn 15 ngày đối với nhà ở riêng lẻ; 20 ngày đối với công trình cấp III, cấp IV.',
    steps: [
      'Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng.',
      'Cơ quan tiếp nhận kiểm tra, ghi giấy biên nhận; hướng dẫn hoàn thiện nếu hồ sơ chưa đầy đủ.',
      'Phòng Kinh tế, Hạ tầng và Đô thị thẩm định hồ sơ, kiểm tra thực địa; lấy ý kiến các cơ quan liên quan khi cần.',
      'Chủ tịch Ủy ban nhân dân cấp xã xem xét, cấp giấy phép xây dựng.',
      'Trả giấy phép kèm hồ sơ thiết kế có đóng dấu cho chủ đầu tư.',
    ],
    components: [
      doc('Đơn đề nghị cấp giấy phép xây dựng', {
        code: 'ĐĐN.GPXD',
        form: 'Đơn đề nghị cấp giấy phép xây dựng (mẫu ban hành kèm Nghị định số 175/2024/NĐ-CP)',
      }),
      doc('Bản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai', {
        originals: 0,
        copies: 1,
        code: 'GCN.QSDĐ',
      }),
      doc(
        'Bản vẽ thiết kế xây dựng: mặt bằng vị trí công trình trên lô đất, mặt bằng, mặt cắt, mặt đứng các tầng, mặt bằng móng',
        {
          originals: 2,
          code: 'BVTK',
        },
      ),
      doc(
        'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (trường hợp không phải tự thiết kế)',
        {
          mandatory: false,
        },
      ),
    ],
    results: [result('Giấy phép xây dựng', 'KQ.XD.GPXD')],
    applicantTypes: ['citizen', 'organisation', 'business'],
    conditions:
      'Phù hợp với quy hoạch chi tiết xây dựng hoặc quy chế quản lý kiến trúc được phê duyệt; bảo đảm an toàn cho công trình và công trình lân cận; thiết kế đáp ứng yêu cầu về phòng cháy, chữa cháy.',
    legalBases: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA, ND_XAY_DUNG],
    publication: QD_XAY_DUNG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ, kiểm tra thực địa', 'specialist', 8],
      ['Dự thảo giấy phép xây dựng, trình ký', 'specialist', 2],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký giấy phép', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.013227',
    name: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
    field: 'Xây dựng',
    level: 'commune',
    timeLimit: [5, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí gia hạn giấy phép xây dựng',
        amountVnd: 15000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'partial',
    post: true,
    steps: [
      'Chủ đầu tư nộp đơn đề nghị gia hạn giấy phép xây dựng trước thời điểm giấy phép hết hiệu lực khởi công xây dựng 30 ngày.',
      'Cơ quan tiếp nhận kiểm tra hồ sơ.',
      'Phòng chuyên môn xem xét, đề xuất gia hạn.',
      'Chủ tịch Ủy ban nhân dân cấp xã ký gia hạn giấy phép.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị gia hạn giấy phép xây dựng', {
        code: 'ĐĐN.GPXD',
        form: 'Đơn đề nghị gia hạn giấy phép xây dựng',
      }),
      doc('Bản chính giấy phép xây dựng đã được cấp', { code: 'GPXD' }),
    ],
    results: [result('Giấy phép xây dựng được gia hạn', 'KQ.XD.GPXD')],
    applicantTypes: ['citizen', 'organisation', 'business'],
    conditions: 'Mỗi giấy phép xây dựng chỉ được gia hạn tối đa 02 lần, mỗi lần 12 tháng.',
    legalBases: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA, ND_XAY_DUNG],
    publication: QD_XAY_DUNG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.5],
      ['Xem xét, đề xuất gia hạn', 'specialist', 3],
      ['Lãnh đạo ký gia hạn', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.001776',
    name: 'Trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    field: 'Bảo trợ xã hội',
    level: 'commune',
    timeLimit: [20, 'working_days'],
    fees: [],
    online: 'partial',
    post: true,
    steps: [
      'Đối tượng hoặc người giám hộ nộp tờ khai đề nghị trợ giúp xã hội tại Trung tâm Phục vụ hành chính công cấp xã.',
      'Công chức phụ trách lao động - thương binh và xã hội tiếp nhận, kiểm tra hồ sơ.',
      'Hội đồng xét duyệt trợ giúp xã hội cấp xã họp, xét duyệt và niêm yết công khai kết quả trong 02 ngày làm việc.',
      'Chủ tịch Ủy ban nhân dân cấp xã quyết định trợ cấp xã hội hằng tháng.',
      'Trả quyết định; chi trả trợ cấp từ tháng quyết định có hiệu lực.',
    ],
    components: [
      doc('Tờ khai đề nghị trợ giúp xã hội', {
        code: 'TK.TGXH',
        form: 'Tờ khai đề nghị trợ giúp xã hội (mẫu ban hành kèm Nghị định số 20/2021/NĐ-CP)',
      }),
      doc('Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)', {
        originals: 0,
        copies: 1,
        mandatory: false,
        code: 'GXNKT',
      }),
      doc(
        'Bản sao quyết định tiếp nhận đối tượng cần bảo vệ khẩn cấp hoặc giấy tờ chứng minh hoàn cảnh (tùy đối tượng)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
        },
      ),
    ],
    results: [result('Quyết định trợ cấp xã hội hằng tháng', 'KQ.BTXH.TC')],
    applicantTypes: ['citizen'],
    conditions:
      'Thuộc đối tượng bảo trợ xã hội quy định tại Điều 5 Nghị định số 20/2021/NĐ-CP (trẻ em không có nguồn nuôi dưỡng, người khuyết tật nặng, người cao tuổi thuộc hộ nghèo không có người phụng dưỡng...).',
    legalBases: [
      law('51/2010/QH12', 'Luật Người khuyết tật', '2010-06-17'),
      law('39/2009/QH12', 'Luật Người cao tuổi', '2009-11-23'),
      ND_TRO_GIUP_XH,
      ND_TRO_GIUP_XH_SUA,
    ],
    publication: QD_Y_TE,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra, tổng hợp trình Hội đồng xét duyệt', 'specialist', 7],
      ['Hội đồng xét duyệt, niêm yết công khai', 'specialist', 8],
      ['Chủ tịch Ủy ban nhân dân cấp xã quyết định', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: 'Bảo trợ xã hội',
    level: 'commune',
    timeLimit: [3, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    steps: [
      'Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng nộp tờ khai đề nghị hỗ trợ chi phí mai táng.',
      'Công chức tiếp nhận, kiểm tra hồ sơ.',
      'Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ chi phí mai táng.',
      'Trả quyết định và chi trả kinh phí hỗ trợ.',
    ],
    components: [
      doc('Tờ khai đề nghị hỗ trợ chi phí mai táng', {
        code: 'TK.MT',
        form: 'Tờ khai đề nghị hỗ trợ chi phí mai táng',
      }),
      doc('Bản sao giấy chứng tử hoặc trích lục khai tử', {
        originals: 0,
        copies: 1,
        code: 'KQ.HT.KT',
      }),
    ],
    results: [result('Quyết định hỗ trợ chi phí mai táng', 'KQ.BTXH.MT')],
    applicantTypes: ['citizen', 'organisation'],
    conditions:
      'Người chết là đối tượng đang hưởng trợ cấp xã hội hằng tháng hoặc thuộc diện quy định tại Điều 11 Nghị định số 20/2021/NĐ-CP.',
    legalBases: [ND_TRO_GIUP_XH, ND_TRO_GIUP_XH_SUA],
    publication: QD_Y_TE,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra, dự thảo quyết định', 'specialist', 1.5],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký quyết định', 'leader', 0.5],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    level: 'commune',
    timeLimit: [30, 'days'],
    fees: [],
    online: 'partial',
    post: true,
    steps: [
      'Người khuyết tật hoặc người đại diện nộp đơn đề nghị xác định mức độ khuyết tật.',
      'Công chức tiếp nhận, kiểm tra hồ sơ; Chủ tịch Ủy ban nhân dân cấp xã triệu tập Hội đồng xác định mức độ khuyết tật.',
      'Hội đồng tổ chức xác định mức độ khuyết tật bằng phương pháp quan sát trực tiếp và bộ câu hỏi theo tiêu chí chức năng.',
      'Niêm yết, thông báo công khai kết quả; Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy xác nhận khuyết tật.',
      'Trả Giấy xác nhận khuyết tật.',
    ],
    components: [
      doc('Đơn đề nghị xác định, xác định lại mức độ khuyết tật', {
        code: 'ĐĐN.KT',
        form: 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật (mẫu ban hành kèm Thông tư số 01/2019/TT-BLĐTBXH)',
      }),
      doc('Bản sao hồ sơ, giấy tờ khám bệnh, chữa bệnh, giấy xác nhận khuyết tật cũ (nếu có)', {
        originals: 0,
        copies: 1,
        mandatory: false,
      }),
    ],
    results: [result('Giấy xác nhận khuyết tật', 'KQ.BTXH.KT')],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [
      law('51/2010/QH12', 'Luật Người khuyết tật', '2010-06-17'),
      law(
        '28/2012/NĐ-CP',
        'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật',
        '2012-04-10',
      ),
      law(
        '01/2019/TT-BLĐTBXH',
        'Thông tư quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện',
        '2019-01-02',
      ),
    ],
    publication: QD_Y_TE,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Triệu tập Hội đồng, chuẩn bị hồ sơ', 'specialist', 9],
      ['Hội đồng xác định mức độ khuyết tật, niêm yết kết quả', 'specialist', 14],
      ['Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy xác nhận', 'leader', 4],
      ['Trả kết quả', 'counter_officer', 2],
    ],
  }),
  entry({
    code: '2.000181',
    name: 'Cấp Giấy phép bán lẻ sản phẩm thuốc lá',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'commune',
    timeLimit: [15, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp Giấy phép bán lẻ sản phẩm thuốc lá (địa bàn phường)',
        amountVnd: 400000,
        note: 'Mỗi điểm kinh doanh',
      },
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp Giấy phép bán lẻ sản phẩm thuốc lá (địa bàn xã)',
        amountVnd: 200000,
        note: 'Mỗi điểm kinh doanh',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Thương nhân nộp hồ sơ đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá.',
      'Cơ quan tiếp nhận kiểm tra tính đầy đủ; thông báo bổ sung trong 03 ngày làm việc nếu hồ sơ chưa hợp lệ.',
      'Phòng Kinh tế thẩm định hồ sơ, kiểm tra điều kiện kinh doanh tại địa điểm.',
      'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép; trường hợp từ chối phải trả lời bằng văn bản, nêu rõ lý do.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá', {
        code: 'ĐĐN.TL',
        form: 'Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá',
      }),
      doc(
        'Bản sao văn bản giới thiệu hoặc hợp đồng mua bán của thương nhân phân phối hoặc bán buôn sản phẩm thuốc lá',
        {
          originals: 0,
          copies: 1,
        },
      ),
    ],
    results: [result('Giấy phép bán lẻ sản phẩm thuốc lá', 'KQ.CT.TL')],
    applicantTypes: ['citizen', 'business'],
    conditions:
      'Thương nhân được thành lập theo quy định của pháp luật; địa điểm kinh doanh cố định, không vi phạm quy định về địa điểm không được bán thuốc lá; có văn bản giới thiệu của thương nhân phân phối hoặc bán buôn.',
    legalBases: [
      law('09/2012/QH13', 'Luật Phòng, chống tác hại của thuốc lá', '2012-06-18'),
      law(
        '67/2013/NĐ-CP',
        'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá',
        '2013-06-27',
      ),
      law(
        '106/2017/NĐ-CP',
        'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 67/2013/NĐ-CP',
        '2017-09-14',
      ),
      law(
        '168/2016/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh; hàng hóa, dịch vụ kinh doanh có điều kiện thuộc lĩnh vực thương mại',
        '2016-10-26',
      ),
    ],
    publication: QD_CONG_THUONG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ', 'specialist', 6],
      ['Kiểm tra điều kiện kinh doanh tại địa điểm', 'specialist', 4],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký Giấy phép', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
];

// ——————————————————————————————————— Cấp tỉnh: doanh nghiệp, đầu tư, tư pháp, đường bộ, lao động

const LUAT_DAU_TU = law('61/2020/QH14', 'Luật Đầu tư', '2020-06-17');
const ND_DAU_TU = law(
  '31/2021/NĐ-CP',
  'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư',
  '2021-03-26',
);
const TT_LE_PHI_DN = law(
  '47/2019/TT-BTC',
  'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp',
  '2019-08-05',
);
const DN_FEES: Fee[] = [
  {
    kind: 'le_phi',
    name: 'Lệ phí đăng ký doanh nghiệp',
    amountVnd: 50000,
    note: 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử',
  },
  {
    kind: 'phi',
    name: 'Phí công bố nội dung đăng ký doanh nghiệp',
    amountVnd: 100000,
  },
];
const DN_ONLINE_FEES: Fee[] = [
  {
    kind: 'le_phi',
    name: 'Lệ phí đăng ký doanh nghiệp',
    amountVnd: 0,
    note: 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử',
  },
  { kind: 'phi', name: 'Phí công bố nội dung đăng ký doanh nghiệp', amountVnd: 100000 },
];
const DN_STEPS = [
  'Người thành lập doanh nghiệp hoặc người được ủy quyền nộp hồ sơ tại Phòng Đăng ký kinh doanh thuộc Sở Tài chính hoặc qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.',
  'Phòng Đăng ký kinh doanh trao Giấy biên nhận, kiểm tra tính hợp lệ của hồ sơ.',
  'Trường hợp hồ sơ hợp lệ, cấp Giấy chứng nhận đăng ký doanh nghiệp; trường hợp chưa hợp lệ, thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
  'Trả kết quả; thông tin doanh nghiệp được công bố trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
];
const DN_PROCESS: StepTuple[] = [
  ['Tiếp nhận hồ sơ, trao Giấy biên nhận', 'counter_officer', 0.5],
  ['Chuyên viên Phòng Đăng ký kinh doanh kiểm tra tính hợp lệ', 'specialist', 1.5],
  ['Lãnh đạo Phòng Đăng ký kinh doanh phê duyệt', 'leader', 0.5],
  ['Trả kết quả', 'counter_officer', 0.5],
];

const CAP_TINH_1: Entry[] = [
  entry({
    code: '2.001610',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'province',
    competent: 'so-tai-chinh',
    timeLimit: [3, 'working_days'],
    fees: DN_FEES,
    onlineFees: DN_ONLINE_FEES,
    online: 'full',
    post: true,
    steps: DN_STEPS,
    components: [
      doc('Giấy đề nghị đăng ký doanh nghiệp tư nhân', {
        code: 'GĐN.DN',
        form: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân (mẫu ban hành kèm Thông tư số 68/2025/TT-BTC)',
      }),
      doc(
        'Bản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân (trường hợp chưa xác thực qua Cơ sở dữ liệu quốc gia về dân cư)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
          code: 'GTTT',
        },
      ),
      doc('Văn bản ủy quyền cho người nộp hồ sơ (nếu có)', { mandatory: false, code: 'VBUQ' }),
    ],
    results: [result('Giấy chứng nhận đăng ký doanh nghiệp', 'KQ.DN.GCN')],
    applicantTypes: ['citizen'],
    conditions:
      'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp.',
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN, TT_LE_PHI_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: true,
    process: DN_PROCESS,
  }),
  entry({
    code: '1.000956',
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'province',
    competent: 'so-tai-chinh',
    timeLimit: [3, 'working_days'],
    fees: DN_FEES,
    onlineFees: DN_ONLINE_FEES,
    online: 'full',
    post: true,
    steps: DN_STEPS,
    components: [
      doc('Giấy đề nghị đăng ký doanh nghiệp', {
        code: 'GĐN.DN',
        form: 'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn một thành viên',
      }),
      doc('Điều lệ công ty', { code: 'ĐL' }),
      doc('Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật', {
        originals: 0,
        copies: 1,
        mandatory: false,
        code: 'GTTT',
      }),
      doc('Bản sao giấy tờ pháp lý của cá nhân hoặc tổ chức đối với chủ sở hữu công ty', {
        originals: 0,
        copies: 1,
        code: 'GTPL',
      }),
      doc(
        'Bản sao Giấy chứng nhận đăng ký đầu tư (trường hợp chủ sở hữu là nhà đầu tư nước ngoài)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
        },
      ),
    ],
    results: [result('Giấy chứng nhận đăng ký doanh nghiệp', 'KQ.DN.GCN')],
    applicantTypes: ['citizen', 'organisation', 'business', 'foreigner'],
    conditions:
      'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp.',
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN, TT_LE_PHI_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: true,
    process: DN_PROCESS,
  }),
  entry({
    code: '2.002037',
    name: 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)',
    field: 'Thành lập và hoạt động doanh nghiệp',
    level: 'province',
    competent: 'so-tai-chinh',
    timeLimit: [3, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    steps: [
      'Doanh nghiệp gửi thông báo đến Phòng Đăng ký kinh doanh chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh.',
      'Phòng Đăng ký kinh doanh trao Giấy biên nhận, kiểm tra hồ sơ.',
      'Cấp Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.',
      'Trả kết quả.',
    ],
    components: [
      doc(
        'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo',
        {
          code: 'TB.DN',
          form: 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo',
        },
      ),
      doc(
        'Nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên hoặc Hội đồng quản trị (đối với công ty)',
        {
          mandatory: false,
        },
      ),
    ],
    results: [
      result('Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh', 'KQ.DN.TN'),
    ],
    applicantTypes: ['business'],
    conditions: 'Thời hạn tạm ngừng kinh doanh của mỗi lần thông báo không quá một năm.',
    legalBases: [LUAT_DOANH_NGHIEP, ND_DANG_KY_DN, TT_BIEU_MAU_DN],
    publication: QD_TAI_CHINH,
    boundaryFree: true,
    process: DN_PROCESS,
  }),
  entry({
    code: '1.009645',
    name: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    field: 'Đầu tư tại Việt Nam',
    level: 'province',
    competent: 'so-tai-chinh',
    coordinatingAgencies: [
      'Sở Xây dựng',
      'Sở Nông nghiệp và Môi trường',
      'Văn phòng Ủy ban nhân dân tỉnh',
    ],
    timeLimit: [35, 'days'],
    fees: [],
    online: 'partial',
    post: true,
    steps: [
      'Nhà đầu tư nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Sở Tài chính tiếp nhận, gửi hồ sơ lấy ý kiến thẩm định của Sở Xây dựng, Sở Nông nghiệp và Môi trường và các cơ quan liên quan.',
      'Các cơ quan được lấy ý kiến có ý kiến về nội dung thuộc phạm vi quản lý nhà nước của mình.',
      'Sở Tài chính lập báo cáo thẩm định trình Ủy ban nhân dân tỉnh.',
      'Ủy ban nhân dân tỉnh xem xét, quyết định chấp thuận chủ trương đầu tư; Trung tâm trả kết quả cho nhà đầu tư.',
    ],
    components: [
      doc(
        'Văn bản đề nghị thực hiện dự án đầu tư, gồm cả cam kết chịu mọi chi phí, rủi ro nếu dự án không được chấp thuận',
        {
          code: 'VBĐN.DA',
          form: 'Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)',
        },
      ),
      doc('Tài liệu về tư cách pháp lý của nhà đầu tư', { originals: 0, copies: 1, code: 'GTPL' }),
      doc(
        'Tài liệu chứng minh năng lực tài chính của nhà đầu tư (báo cáo tài chính 02 năm gần nhất, cam kết hỗ trợ tài chính...)',
        {
          code: 'NLTC',
        },
      ),
      doc('Đề xuất dự án đầu tư', { originals: 4, code: 'ĐXDA' }),
      doc(
        'Bản sao giấy tờ về quyền sử dụng đất hoặc tài liệu xác định quyền sử dụng địa điểm (trường hợp không đề nghị giao đất, cho thuê đất)',
        {
          originals: 0,
          copies: 1,
          mandatory: false,
        },
      ),
    ],
    results: [result('Quyết định chấp thuận chủ trương đầu tư', 'KQ.ĐT.CTĐT')],
    applicantTypes: ['business', 'organisation', 'foreigner'],
    conditions:
      'Dự án thuộc thẩm quyền chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh theo Điều 32 Luật Đầu tư.',
    legalBases: [LUAT_DAU_TU, ND_DAU_TU],
    publication: QD_TAI_CHINH,
    boundaryFree: false,
    interAgency: {
      leadAgencyId: agency('so-tai-chinh'),
      agencies: [
        { agencyId: agency('so-tai-chinh'), share: { amount: 14, unit: 'days' } },
        { agencyId: agency('so-xay-dung'), share: { amount: 7, unit: 'days' } },
        { agencyId: agency('so-nn-mt'), share: { amount: 8, unit: 'days' } },
        { agencyId: agency('vp-ubnd'), share: { amount: 6, unit: 'days' } },
      ],
    },
    process: [
      ['Tiếp nhận hồ sơ, gửi lấy ý kiến các cơ quan liên quan', 'counter_officer', 2],
      ['Sở Xây dựng có ý kiến về quy hoạch, xây dựng', 'specialist', 7, 'so-xay-dung'],
      [
        'Sở Nông nghiệp và Môi trường có ý kiến về đất đai, môi trường',
        'specialist',
        8,
        'so-nn-mt',
      ],
      ['Sở Tài chính lập báo cáo thẩm định', 'specialist', 11],
      [
        'Ủy ban nhân dân tỉnh xem xét, quyết định chấp thuận chủ trương đầu tư',
        'leader',
        6,
        'vp-ubnd',
      ],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.009648',
    name: 'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
    field: 'Đầu tư tại Việt Nam',
    level: 'province',
    competent: 'bql-kcn',
    timeLimit: [15, 'days'],
    fees: [],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Ban Quản lý các khu công nghiệp tỉnh (dự án trong khu công nghiệp) hoặc Trung tâm Phục vụ hành chính công tỉnh.',
    steps: [
      'Nhà đầu tư nộp hồ sơ đề nghị cấp Giấy chứng nhận đăng ký đầu tư.',
      'Ban Quản lý các khu công nghiệp tiếp nhận, kiểm tra hồ sơ.',
      'Thẩm định điều kiện tiếp cận thị trường, sự phù hợp với quy hoạch khu công nghiệp.',
      'Lãnh đạo Ban Quản lý ký Giấy chứng nhận đăng ký đầu tư.',
      'Trả kết quả.',
    ],
    components: [
      doc('Văn bản đề nghị thực hiện dự án đầu tư', {
        code: 'VBĐN.DA',
        form: 'Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)',
      }),
      doc('Bản sao tài liệu về tư cách pháp lý của nhà đầu tư', {
        originals: 0,
        copies: 1,
        code: 'GTPL',
      }),
      doc('Đề xuất dự án đầu tư', { code: 'ĐXDA' }),
      doc('Bản sao tài liệu chứng minh năng lực tài chính của nhà đầu tư', {
        originals: 0,
        copies: 1,
        code: 'NLTC',
      }),
      doc('Hợp đồng thuê lại đất, nhà xưởng trong khu công nghiệp (hoặc thỏa thuận nguyên tắc)', {
        originals: 0,
        copies: 1,
      }),
    ],
    results: [result('Giấy chứng nhận đăng ký đầu tư', 'KQ.ĐT.GCN')],
    applicantTypes: ['business', 'foreigner'],
    conditions:
      'Dự án không thuộc ngành, nghề cấm đầu tư kinh doanh; phù hợp quy hoạch; đáp ứng điều kiện tiếp cận thị trường đối với nhà đầu tư nước ngoài.',
    legalBases: [LUAT_DAU_TU, ND_DAU_TU],
    publication: QD_TAI_CHINH,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ, lấy ý kiến (nếu cần)', 'specialist', 10],
      ['Lãnh đạo Ban Quản lý ký Giấy chứng nhận', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '2.000505',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    field: 'Lý lịch tư pháp',
    level: 'province',
    competent: 'cong-an',
    timeLimit: [10, 'days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí cung cấp thông tin lý lịch tư pháp',
        amountVnd: 200000,
        note: 'Mỗi lần yêu cầu; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng; từ Phiếu thứ 3 trở đi: 5.000 đồng/Phiếu',
      },
    ],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Công an tỉnh Bắc Ninh (Phòng Hồ sơ nghiệp vụ) hoặc Trung tâm Phục vụ hành chính công tỉnh. Trường hợp phải xác minh, thời hạn không quá 15 ngày.',
    onlineNote:
      'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an hoặc ứng dụng VNeID.',
    steps: [
      'Người yêu cầu nộp Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp và giấy tờ kèm theo.',
      'Cán bộ tiếp nhận kiểm tra hồ sơ, thu phí, viết giấy hẹn.',
      'Tra cứu thông tin lý lịch tư pháp trong cơ sở dữ liệu; xác minh khi cần thiết.',
      'Lãnh đạo có thẩm quyền ký Phiếu lý lịch tư pháp.',
      'Trả Phiếu lý lịch tư pháp (bản giấy hoặc bản điện tử).',
    ],
    components: [
      doc('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', {
        code: 'TK.LLTP',
        form: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2024/LLTP)',
      }),
      doc('Bản chụp giấy tờ tùy thân (Căn cước, hộ chiếu) của người yêu cầu', {
        originals: 0,
        copies: 1,
        code: 'GTTT',
      }),
      doc('Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)', {
        mandatory: false,
        code: 'VBUQ',
      }),
    ],
    results: [result('Phiếu lý lịch tư pháp số 1 hoặc số 2', 'KQ.LLTP')],
    applicantTypes: ['citizen', 'foreigner'],
    conditions: 'Phiếu lý lịch tư pháp số 2 không được ủy quyền yêu cầu cấp.',
    legalBases: [
      law('28/2009/QH12', 'Luật Lý lịch tư pháp', '2009-06-17'),
      law(
        '111/2010/NĐ-CP',
        'Nghị định quy định chi tiết một số điều của Luật Lý lịch tư pháp',
        '2010-11-23',
      ),
      law(
        '244/2016/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp',
      ),
    ],
    publication: null,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ, thu phí', 'counter_officer', 1],
      ['Tra cứu, xác minh thông tin lý lịch tư pháp', 'specialist', 6],
      ['Lập Phiếu lý lịch tư pháp', 'specialist', 1],
      ['Lãnh đạo ký Phiếu', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.002804',
    name: 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    field: 'Đường bộ',
    level: 'province',
    competent: 'cong-an',
    timeLimit: [5, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép lái xe',
        amountVnd: 135000,
        note: 'Mỗi lần cấp',
      },
    ],
    onlineFees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép lái xe (nộp trực tuyến)',
        amountVnd: 115000,
        note: 'Mức thu ưu đãi khi nộp hồ sơ trực tuyến theo quy định của Bộ Tài chính',
      },
    ],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Phòng Cảnh sát giao thông Công an tỉnh hoặc điểm tiếp nhận được Công an tỉnh bố trí.',
    onlineNote:
      'Nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công Bộ Công an hoặc ứng dụng VNeID; nhận giấy phép qua bưu chính.',
    steps: [
      'Người lái xe nộp đơn đề nghị đổi giấy phép lái xe kèm giấy khám sức khỏe (trừ hạng không thời hạn).',
      'Cán bộ tiếp nhận kiểm tra hồ sơ, đối chiếu dữ liệu giấy phép lái xe; chụp ảnh, thu lệ phí.',
      'Xét duyệt, in giấy phép lái xe mới.',
      'Lãnh đạo ký duyệt.',
      'Trả giấy phép lái xe trực tiếp hoặc qua bưu chính.',
    ],
    components: [
      doc('Đơn đề nghị đổi, cấp lại giấy phép lái xe', {
        code: 'ĐĐN.GPLX',
        form: 'Đơn đề nghị đổi, cấp lại giấy phép lái xe',
      }),
      doc(
        'Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (trừ giấy phép lái xe hạng A1, A, B1 không thời hạn)',
        {
          mandatory: false,
          code: 'GKSK',
          note: 'Có thể sử dụng giấy khám sức khỏe điện tử đã liên thông',
        },
      ),
      doc('Bản chính giấy phép lái xe đang sử dụng (nộp lại khi nhận giấy phép mới)', {
        code: 'GPLX',
      }),
    ],
    results: [result('Giấy phép lái xe', 'KQ.GPLX')],
    applicantTypes: ['citizen', 'foreigner'],
    conditions:
      'Giấy phép lái xe có trong hệ thống thông tin giấy phép lái xe và không trong thời gian bị tạm giữ, tước quyền sử dụng.',
    legalBases: [
      law('36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27'),
      law(
        '12/2025/TT-BCA',
        'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
      ),
      law(
        '37/2023/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí cấp giấy phép lái xe',
      ),
    ],
    publication: null,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ, chụp ảnh, thu lệ phí', 'counter_officer', 0.5],
      ['Xét duyệt hồ sơ, đối chiếu dữ liệu', 'specialist', 2],
      ['In giấy phép lái xe', 'specialist', 1],
      ['Lãnh đạo ký duyệt', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.002801',
    name: 'Cấp lại giấy phép lái xe',
    field: 'Đường bộ',
    level: 'province',
    competent: 'cong-an',
    timeLimit: [5, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép lái xe',
        amountVnd: 135000,
        note: 'Mỗi lần cấp',
      },
    ],
    online: 'full',
    post: true,
    counterNote: 'Nộp trực tiếp tại Phòng Cảnh sát giao thông Công an tỉnh.',
    steps: [
      'Người lái xe bị mất giấy phép lái xe nộp đơn đề nghị cấp lại.',
      'Cán bộ tiếp nhận kiểm tra hồ sơ, tra cứu dữ liệu; chụp ảnh, thu lệ phí.',
      'Xác minh giấy phép lái xe không trong thời gian bị tạm giữ, xử lý; in giấy phép lái xe.',
      'Lãnh đạo ký duyệt.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị đổi, cấp lại giấy phép lái xe', {
        code: 'ĐĐN.GPLX',
        form: 'Đơn đề nghị đổi, cấp lại giấy phép lái xe',
      }),
      doc('Giấy khám sức khỏe của người lái xe (trừ hạng không thời hạn)', {
        mandatory: false,
        code: 'GKSK',
      }),
    ],
    results: [result('Giấy phép lái xe (cấp lại)', 'KQ.GPLX')],
    applicantTypes: ['citizen', 'foreigner'],
    conditions: null,
    legalBases: [
      law('36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', '2024-06-27'),
      law(
        '12/2025/TT-BCA',
        'Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế',
      ),
    ],
    publication: null,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ, thu lệ phí', 'counter_officer', 0.5],
      ['Tra cứu, xác minh dữ liệu giấy phép lái xe', 'specialist', 2.5],
      ['Lãnh đạo ký duyệt', 'leader', 1],
      ['In và trả giấy phép lái xe', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.014199',
    name: 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    field: 'Lao động',
    level: 'province',
    competent: 'so-noi-vu',
    timeLimit: [10, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép lao động',
        amountVnd: 600000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Người sử dụng lao động nộp hồ sơ đề nghị cấp giấy phép lao động trước ngày người lao động nước ngoài dự kiến bắt đầu làm việc.',
      'Sở Nội vụ tiếp nhận, kiểm tra hồ sơ.',
      'Thẩm định hồ sơ, đối chiếu văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài.',
      'Lãnh đạo Sở Nội vụ ký giấy phép lao động; trường hợp không cấp phải trả lời bằng văn bản, nêu rõ lý do.',
      'Trả kết quả.',
    ],
    components: [
      doc('Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động', {
        code: 'VBĐN.GPLĐ',
        form: 'Văn bản đề nghị cấp giấy phép lao động',
      }),
      doc('Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 12 tháng', {
        code: 'GKSK',
      }),
      doc(
        'Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang trong thời gian chấp hành hình phạt',
        { code: 'LLTP' },
      ),
      doc(
        'Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật',
        { originals: 0, copies: 1 },
      ),
      doc('02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng', { originals: 2 }),
      doc('Bản sao hộ chiếu còn giá trị', { originals: 0, copies: 1, code: 'HC' }),
    ],
    results: [result('Giấy phép lao động', 'KQ.LĐ.GPLĐ')],
    applicantTypes: ['business', 'organisation', 'foreigner'],
    conditions:
      'Người lao động nước ngoài đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ, có trình độ chuyên môn phù hợp, đủ sức khỏe và không đang chấp hành hình phạt.',
    legalBases: [
      law('45/2019/QH14', 'Bộ luật Lao động', '2019-11-20'),
      law(
        '219/2025/NĐ-CP',
        'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam',
      ),
    ],
    publication: QD_NOI_VU,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ', 'specialist', 6],
      ['Lãnh đạo Sở ký giấy phép lao động', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.001978',
    name: 'Giải quyết hưởng trợ cấp thất nghiệp',
    field: 'Việc làm',
    level: 'province',
    competent: 'so-noi-vu',
    coordinatingAgencies: ['Bảo hiểm xã hội tỉnh Bắc Ninh'],
    timeLimit: [20, 'working_days'],
    fees: [],
    online: 'full',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Dịch vụ việc làm tỉnh hoặc các điểm giao dịch việc làm.',
    steps: [
      'Người lao động nộp hồ sơ đề nghị hưởng trợ cấp thất nghiệp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động.',
      'Trung tâm Dịch vụ việc làm tiếp nhận, kiểm tra hồ sơ, viết phiếu hẹn trả kết quả.',
      'Trung tâm xác nhận thời gian đóng bảo hiểm thất nghiệp với cơ quan bảo hiểm xã hội, đề xuất mức hưởng.',
      'Giám đốc Sở Nội vụ quyết định hưởng trợ cấp thất nghiệp.',
      'Trả quyết định; cơ quan bảo hiểm xã hội chi trả trợ cấp tháng đầu.',
    ],
    components: [
      doc('Đề nghị hưởng trợ cấp thất nghiệp', {
        code: 'ĐN.TCTN',
        form: 'Đề nghị hưởng trợ cấp thất nghiệp',
      }),
      doc(
        'Bản chính hoặc bản sao có chứng thực hợp đồng lao động đã hết hạn hoặc quyết định thôi việc, sa thải, văn bản chấm dứt hợp đồng lao động',
        {
          code: 'HĐLĐ',
        },
      ),
      doc('Sổ bảo hiểm xã hội hoặc văn bản xác nhận quá trình đóng bảo hiểm thất nghiệp', {
        code: 'SBHXH',
      }),
    ],
    results: [result('Quyết định về việc hưởng trợ cấp thất nghiệp', 'KQ.VL.TCTN')],
    applicantTypes: ['citizen'],
    conditions:
      'Đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trở lên trong thời gian 24 tháng trước khi chấm dứt hợp đồng lao động; chưa tìm được việc làm sau 15 ngày kể từ ngày nộp hồ sơ.',
    legalBases: [
      law('38/2013/QH13', 'Luật Việc làm', '2013-11-16'),
      law(
        '28/2015/NĐ-CP',
        'Nghị định quy định chi tiết thi hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp',
        '2015-03-12',
      ),
    ],
    publication: QD_NOI_VU,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ, viết phiếu hẹn', 'counter_officer', 1],
      ['Xác nhận quá trình đóng bảo hiểm thất nghiệp', 'specialist', 4, 'bhxh'],
      ['Trung tâm Dịch vụ việc làm thẩm định, đề xuất mức hưởng', 'specialist', 9],
      ['Giám đốc Sở Nội vụ ký quyết định', 'leader', 4],
      ['Trả kết quả', 'counter_officer', 2],
    ],
  }),
];

// ————————————————————————— Y tế, giáo dục, văn hóa, môi trường, đất đai, xây dựng, công thương…

const LUAT_DAT_DAI = law('31/2024/QH15', 'Luật Đất đai', '2024-01-18');
const ND_DAT_DAI = law(
  '101/2024/NĐ-CP',
  'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai',
  '2024-07-29',
);
const LUAT_BVMT = law('72/2020/QH14', 'Luật Bảo vệ môi trường', '2020-11-17');
const ND_BVMT = law(
  '08/2022/NĐ-CP',
  'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường',
  '2022-01-10',
);
const ND_RUOU = law('105/2017/NĐ-CP', 'Nghị định về kinh doanh rượu', '2017-09-14');
const LUAT_GIAO_DUC = law('43/2019/QH14', 'Luật Giáo dục', '2019-06-14');

const CAP_TINH_2: Entry[] = [
  entry({
    code: '1.012268',
    name: 'Cấp mới giấy phép hành nghề đối với chức danh chuyên môn là bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y, dinh dưỡng lâm sàng',
    field: 'Khám bệnh, chữa bệnh',
    level: 'province',
    competent: 'so-y-te',
    timeLimit: [30, 'days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép hành nghề khám bệnh, chữa bệnh',
        amountVnd: 360000,
        note: 'Mỗi hồ sơ',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Người đề nghị cấp giấy phép hành nghề nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
      'Sở Y tế tiếp nhận, kiểm tra hồ sơ; thông báo sửa đổi, bổ sung nếu hồ sơ chưa hợp lệ.',
      'Phòng Nghiệp vụ Y thẩm định hồ sơ, tổ chức đánh giá năng lực hành nghề (nếu có).',
      'Giám đốc Sở Y tế ký giấy phép hành nghề; cập nhật vào Hệ thống thông tin quản lý hoạt động khám bệnh, chữa bệnh.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp mới giấy phép hành nghề', {
        code: 'ĐĐN.GPHN',
        form: 'Đơn đề nghị cấp mới giấy phép hành nghề (mẫu ban hành kèm Nghị định số 96/2023/NĐ-CP)',
      }),
      doc('Bản sao hợp lệ văn bằng chuyên môn phù hợp với chức danh đề nghị cấp', {
        originals: 0,
        copies: 1,
        code: 'VB',
      }),
      doc(
        'Giấy chứng nhận đủ sức khỏe để hành nghề khám bệnh, chữa bệnh do cơ sở khám bệnh, chữa bệnh có thẩm quyền cấp',
        { code: 'GKSK' },
      ),
      doc('Bản sao giấy xác nhận đã đạt kiểm tra đánh giá năng lực hành nghề', {
        originals: 0,
        copies: 1,
      }),
      doc('Phiếu lý lịch tư pháp (trường hợp không khai thác được qua cơ sở dữ liệu)', {
        mandatory: false,
        code: 'LLTP',
      }),
    ],
    results: [result('Giấy phép hành nghề khám bệnh, chữa bệnh', 'KQ.YT.GPHN')],
    applicantTypes: ['citizen', 'foreigner'],
    conditions:
      'Có văn bằng phù hợp với chức danh chuyên môn, đạt kiểm tra đánh giá năng lực hành nghề; đủ sức khỏe; không thuộc trường hợp bị cấm hành nghề.',
    legalBases: [
      law('15/2023/QH15', 'Luật Khám bệnh, chữa bệnh', '2023-01-09'),
      law(
        '96/2023/NĐ-CP',
        'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh',
        '2023-12-30',
      ),
    ],
    publication: QD_Y_TE,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 2],
      ['Thẩm định hồ sơ', 'specialist', 18],
      ['Hội đồng chuyên môn xem xét (nếu có)', 'specialist', 5],
      ['Giám đốc Sở Y tế ký giấy phép', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 2],
    ],
  }),
  entry({
    code: '2.001227',
    name: 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế',
    field: 'An toàn thực phẩm và dinh dưỡng',
    level: 'province',
    competent: 'so-y-te',
    timeLimit: [20, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn',
        amountVnd: 700000,
        note: 'Mỗi lần thẩm định',
      },
      {
        kind: 'phi',
        name: 'Phí thẩm định cơ sở kinh doanh dịch vụ ăn uống phục vụ từ 200 suất ăn trở lên',
        amountVnd: 1000000,
        note: 'Mỗi lần thẩm định',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Cơ sở nộp hồ sơ đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.',
      'Sở Y tế tiếp nhận, kiểm tra tính hợp lệ của hồ sơ trong 05 ngày làm việc.',
      'Đoàn thẩm định thẩm định thực tế tại cơ sở.',
      'Giám đốc Sở Y tế cấp Giấy chứng nhận đối với cơ sở đạt yêu cầu.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', {
        code: 'ĐĐN.ATTP',
        form: 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
      }),
      doc(
        'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm',
        { code: 'TM' },
      ),
      doc(
        'Danh sách chủ cơ sở và người trực tiếp kinh doanh đã được tập huấn kiến thức về an toàn thực phẩm, có xác nhận đủ sức khỏe',
        {},
      ),
    ],
    results: [result('Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'KQ.YT.ATTP')],
    applicantTypes: ['business', 'organisation', 'citizen'],
    conditions: null,
    legalBases: [
      law('55/2010/QH12', 'Luật An toàn thực phẩm', '2010-06-17'),
      law(
        '15/2018/NĐ-CP',
        'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm',
        '2018-02-02',
      ),
      law(
        '67/2021/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm',
      ),
    ],
    publication: QD_Y_TE,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra tính hợp lệ của hồ sơ', 'specialist', 4],
      ['Thẩm định thực tế tại cơ sở', 'specialist', 10],
      ['Giám đốc Sở Y tế ký Giấy chứng nhận', 'leader', 4],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '2.002854',
    name: 'Chuyển trường và tiếp nhận học sinh trung học phổ thông',
    field: 'Giáo dục và Đào tạo',
    level: 'province',
    competent: 'so-gddt',
    timeLimit: [3, 'working_days'],
    fees: [],
    online: 'full',
    post: false,
    steps: [
      'Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường tại trường nơi chuyển đến.',
      'Hiệu trưởng trường nơi chuyển đến xem xét, đồng ý tiếp nhận.',
      'Trường nơi chuyển đi trả hồ sơ học sinh.',
      'Sở Giáo dục và Đào tạo xác nhận (trường hợp chuyển trường ngoài tỉnh) và trả kết quả.',
    ],
    components: [
      doc('Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', {
        code: 'Đ.CT',
        form: 'Đơn xin chuyển trường',
      }),
      doc('Học bạ (bản chính)', { code: 'HB' }),
      doc('Giấy giới thiệu chuyển trường do Hiệu trưởng nhà trường nơi đi cấp', {}),
    ],
    results: [result('Giấy giới thiệu chuyển trường; học sinh được tiếp nhận vào học', 'KQ.GD.CT')],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [LUAT_GIAO_DUC],
    publication: QD_GDDT,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.5],
      ['Kiểm tra hồ sơ, đề xuất', 'specialist', 1],
      ['Lãnh đạo ký giấy giới thiệu', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '2.002894',
    name: 'Cho phép trường mầm non, trường mẫu giáo, nhà trẻ hoạt động giáo dục',
    field: 'Giáo dục và Đào tạo',
    level: 'commune',
    timeLimit: [20, 'working_days'],
    fees: [],
    online: 'partial',
    post: true,
    steps: [
      'Tổ chức, cá nhân đề nghị cho phép hoạt động giáo dục nộp hồ sơ tại Trung tâm Phục vụ hành chính công cấp xã.',
      'Phòng Văn hóa - Xã hội kiểm tra hồ sơ; thông báo bổ sung nếu chưa đầy đủ.',
      'Tổ chức kiểm tra thực tế điều kiện cơ sở vật chất, đội ngũ giáo viên, chương trình giáo dục.',
      'Chủ tịch Ủy ban nhân dân cấp xã quyết định cho phép hoạt động giáo dục.',
      'Trả quyết định.',
    ],
    components: [
      doc('Tờ trình đề nghị cho phép hoạt động giáo dục', { code: 'TTr' }),
      doc('Bản sao quyết định thành lập hoặc cho phép thành lập trường', {
        originals: 0,
        copies: 1,
      }),
      doc('Danh sách cán bộ quản lý, giáo viên, nhân viên kèm bản sao văn bằng', {
        originals: 0,
        copies: 1,
      }),
      doc('Quy chế tổ chức và hoạt động của trường', {}),
    ],
    results: [result('Quyết định cho phép hoạt động giáo dục', 'KQ.GD.HĐGD')],
    applicantTypes: ['organisation', 'business', 'citizen'],
    conditions:
      'Có quyết định thành lập hoặc cho phép thành lập; có đất đai, cơ sở vật chất, thiết bị, đội ngũ giáo viên đáp ứng quy định.',
    legalBases: [
      LUAT_GIAO_DUC,
      law(
        '125/2024/NĐ-CP',
        'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục',
      ),
    ],
    publication: QD_GDDT,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra hồ sơ', 'specialist', 6],
      ['Kiểm tra thực tế tại trường', 'specialist', 9],
      ['Chủ tịch Ủy ban nhân dân cấp xã quyết định', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.001029',
    name: 'Cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke',
    field: 'Văn hóa',
    level: 'commune',
    timeLimit: [5, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép kinh doanh karaoke (tại phường): từ 01 đến 03 phòng',
        amountVnd: 4000000,
        note: 'Từ 04 đến 05 phòng: 6.000.000 đồng; từ 06 phòng trở lên: 12.000.000 đồng',
      },
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép kinh doanh karaoke (tại xã): từ 01 đến 03 phòng',
        amountVnd: 2000000,
        note: 'Từ 04 đến 05 phòng: 3.000.000 đồng; từ 06 phòng trở lên: 6.000.000 đồng',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Doanh nghiệp hoặc hộ kinh doanh nộp hồ sơ đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke.',
      'Cơ quan tiếp nhận kiểm tra hồ sơ; thông báo bổ sung trong 01 ngày làm việc nếu chưa đầy đủ.',
      'Phòng Văn hóa - Xã hội thẩm định hồ sơ, thẩm định thực tế các điều kiện kinh doanh.',
      'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép; trường hợp không cấp phải trả lời bằng văn bản, nêu rõ lý do.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', {
        code: 'ĐĐN.KARA',
        form: 'Đơn đề nghị cấp Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke (Mẫu số 01, Nghị định số 54/2019/NĐ-CP)',
      }),
    ],
    results: [result('Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'KQ.VH.KARA')],
    applicantTypes: ['business', 'citizen'],
    conditions:
      'Là doanh nghiệp hoặc hộ kinh doanh; bảo đảm điều kiện phòng cháy, chữa cháy; phòng hát có diện tích sử dụng từ 20 m² trở lên, không kể công trình phụ; không đặt chốt cửa bên trong phòng hát.',
    legalBases: [
      law(
        '54/2019/NĐ-CP',
        'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường',
        '2019-06-19',
      ),
      law(
        '01/2021/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường',
      ),
    ],
    publication: QD_VHTTDL,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 0.5],
      ['Thẩm định hồ sơ và thẩm định thực tế', 'specialist', 3],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký Giấy phép', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 0.5],
    ],
  }),
  entry({
    code: '1.004628',
    name: 'Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa',
    field: 'Du lịch',
    level: 'province',
    competent: 'so-vhttdl',
    timeLimit: [10, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành nội địa',
        amountVnd: 3000000,
        note: 'Mỗi giấy phép',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Doanh nghiệp nộp hồ sơ đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa.',
      'Sở Văn hóa, Thể thao và Du lịch tiếp nhận, kiểm tra hồ sơ.',
      'Thẩm định hồ sơ, điều kiện về ký quỹ và người phụ trách kinh doanh dịch vụ lữ hành.',
      'Giám đốc Sở ký giấy phép.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành nội địa', {
        code: 'ĐĐN.LH',
        form: 'Đơn đề nghị cấp giấy phép kinh doanh dịch vụ lữ hành',
      }),
      doc('Bản sao có chứng thực Giấy chứng nhận đăng ký doanh nghiệp', {
        originals: 0,
        copies: 1,
        code: 'KQ.DN.GCN',
      }),
      doc('Giấy chứng nhận ký quỹ kinh doanh dịch vụ lữ hành', { code: 'KQ' }),
      doc(
        'Bản sao có chứng thực quyết định bổ nhiệm hoặc hợp đồng lao động của người phụ trách kinh doanh dịch vụ lữ hành',
        { originals: 0, copies: 1 },
      ),
      doc(
        'Bản sao có chứng thực văn bằng, chứng chỉ của người phụ trách kinh doanh dịch vụ lữ hành',
        { originals: 0, copies: 1 },
      ),
    ],
    results: [result('Giấy phép kinh doanh dịch vụ lữ hành nội địa', 'KQ.DL.LH')],
    applicantTypes: ['business'],
    conditions:
      'Là doanh nghiệp; ký quỹ kinh doanh dịch vụ lữ hành nội địa tại ngân hàng; người phụ trách kinh doanh có trình độ và chứng chỉ nghiệp vụ điều hành du lịch phù hợp.',
    legalBases: [
      law('09/2017/QH14', 'Luật Du lịch', '2017-06-19'),
      law(
        '168/2017/NĐ-CP',
        'Nghị định quy định chi tiết một số điều của Luật Du lịch',
        '2017-12-31',
      ),
      law(
        '33/2018/TT-BTC',
        'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch',
      ),
    ],
    publication: QD_VHTTDL,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ', 'specialist', 6],
      ['Giám đốc Sở ký giấy phép', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.010733',
    name: 'Thẩm định báo cáo đánh giá tác động môi trường',
    field: 'Môi trường',
    level: 'province',
    competent: 'so-nn-mt',
    timeLimit: [30, 'days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định báo cáo đánh giá tác động môi trường',
        amountVnd: 5000000,
        note: 'Mức thu theo tổng vốn đầu tư của dự án, theo nghị quyết của Hội đồng nhân dân tỉnh; mức nêu là mức thấp nhất (minh họa)',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Chủ dự án nộp hồ sơ đề nghị thẩm định báo cáo đánh giá tác động môi trường.',
      'Sở Nông nghiệp và Môi trường tiếp nhận, kiểm tra hồ sơ.',
      'Thành lập hội đồng thẩm định; tổ chức khảo sát thực tế, lấy ý kiến cơ quan, tổ chức liên quan.',
      'Hội đồng thẩm định họp, kết luận; chủ dự án chỉnh sửa, hoàn thiện báo cáo (nếu có).',
      'Ủy ban nhân dân tỉnh (hoặc cơ quan được ủy quyền) ban hành quyết định phê duyệt kết quả thẩm định; trả kết quả.',
    ],
    components: [
      doc('Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường', {
        code: 'VBĐN.ĐTM',
        form: 'Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường',
      }),
      doc('Báo cáo đánh giá tác động môi trường', {
        code: 'ĐTM',
        note: 'Nộp bản điện tử; số lượng bản giấy theo yêu cầu của cơ quan thẩm định',
      }),
      doc('Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án', { code: 'BCNCKT' }),
    ],
    results: [
      result(
        'Quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường',
        'KQ.MT.ĐTM',
      ),
    ],
    applicantTypes: ['business', 'organisation'],
    conditions:
      'Dự án thuộc đối tượng phải thực hiện đánh giá tác động môi trường và thuộc thẩm quyền thẩm định của Ủy ban nhân dân cấp tỉnh.',
    legalBases: [LUAT_BVMT, ND_BVMT],
    publication: QD_NN_MT,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra hồ sơ, thành lập hội đồng thẩm định', 'specialist', 7],
      ['Khảo sát thực tế, họp hội đồng thẩm định', 'specialist', 14],
      ['Lãnh đạo phê duyệt kết quả thẩm định', 'leader', 6],
      ['Trả kết quả', 'counter_officer', 2],
    ],
  }),
  entry({
    code: '1.010727',
    name: 'Cấp giấy phép môi trường (cấp tỉnh)',
    field: 'Môi trường',
    level: 'province',
    competent: 'so-nn-mt',
    timeLimit: [30, 'days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép môi trường',
        amountVnd: 15000000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh (minh họa)',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Chủ dự án, cơ sở nộp hồ sơ đề nghị cấp giấy phép môi trường.',
      'Sở Nông nghiệp và Môi trường tiếp nhận, kiểm tra tính đầy đủ của hồ sơ.',
      'Thành lập hội đồng thẩm định hoặc đoàn kiểm tra; kiểm tra thực tế tại dự án, cơ sở.',
      'Chủ dự án hoàn thiện hồ sơ theo ý kiến thẩm định (nếu có); lãnh đạo cấp giấy phép môi trường.',
      'Trả kết quả.',
    ],
    components: [
      doc('Văn bản đề nghị cấp giấy phép môi trường', {
        code: 'VBĐN.GPMT',
        form: 'Văn bản đề nghị cấp giấy phép môi trường',
      }),
      doc('Báo cáo đề xuất cấp giấy phép môi trường', { code: 'BCĐX' }),
      doc(
        'Bản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương (đối với dự án chưa vận hành)',
        { originals: 0, copies: 1, mandatory: false },
      ),
    ],
    results: [result('Giấy phép môi trường', 'KQ.MT.GPMT')],
    applicantTypes: ['business', 'organisation'],
    conditions: null,
    legalBases: [LUAT_BVMT, ND_BVMT],
    publication: QD_NN_MT,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra hồ sơ, thành lập hội đồng/đoàn kiểm tra', 'specialist', 8],
      ['Kiểm tra thực tế, thẩm định', 'specialist', 14],
      ['Lãnh đạo ký giấy phép môi trường', 'leader', 5],
      ['Trả kết quả', 'counter_officer', 2],
    ],
  }),
  entry({
    code: '1.012753',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, cộng đồng dân cư, hộ gia đình',
    field: 'Đất đai',
    level: 'commune',
    coordinatingAgencies: ['Văn phòng đăng ký đất đai tỉnh (Chi nhánh khu vực)', 'Cơ quan thuế'],
    timeLimit: [20, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        amountVnd: 100000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh; thời gian thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết',
      },
    ],
    online: 'partial',
    post: true,
    steps: [
      'Người sử dụng đất nộp đơn đăng ký, cấp Giấy chứng nhận và giấy tờ kèm theo tại Trung tâm Phục vụ hành chính công cấp xã.',
      'Ủy ban nhân dân cấp xã kiểm tra hồ sơ, xác nhận hiện trạng, nguồn gốc, thời điểm sử dụng đất; niêm yết công khai.',
      'Văn phòng đăng ký đất đai trích lục, trích đo bản đồ địa chính; gửi thông tin đến cơ quan thuế xác định nghĩa vụ tài chính.',
      'Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận.',
      'Trả Giấy chứng nhận sau khi người sử dụng đất hoàn thành nghĩa vụ tài chính.',
    ],
    components: [
      doc('Đơn đăng ký đất đai, tài sản gắn liền với đất', {
        code: 'ĐĐK.ĐĐ',
        form: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)',
      }),
      doc(
        'Một trong các giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)',
        { originals: 0, copies: 1, mandatory: false },
      ),
      doc('Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký tài sản)', {
        originals: 0,
        copies: 1,
        mandatory: false,
      }),
      doc(
        'Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ về miễn, giảm nghĩa vụ tài chính (nếu có)',
        { mandatory: false },
      ),
    ],
    results: [
      result(
        'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
        'KQ.ĐĐ.GCN',
      ),
    ],
    applicantTypes: ['citizen'],
    conditions:
      'Đất sử dụng ổn định, không tranh chấp, phù hợp với quy hoạch sử dụng đất; đáp ứng điều kiện cấp Giấy chứng nhận theo Luật Đất đai.',
    legalBases: [
      LUAT_DAT_DAI,
      ND_DAT_DAI,
      law(
        '151/2025/NĐ-CP',
        'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
      ),
    ],
    publication: QD_NN_MT,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Xác nhận hiện trạng, nguồn gốc sử dụng đất; niêm yết công khai', 'specialist', 8],
      ['Trích đo, cập nhật hồ sơ địa chính', 'specialist', 5, 'so-nn-mt'],
      ['Xác định nghĩa vụ tài chính', 'specialist', 2, 'thue'],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận', 'leader', 3],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.012790',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển nhượng, tặng cho, thừa kế',
    field: 'Đất đai',
    level: 'province',
    competent: 'so-nn-mt',
    coordinatingAgencies: ['Cơ quan thuế'],
    timeLimit: [10, 'working_days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp Giấy chứng nhận (trường hợp cấp mới Giấy chứng nhận)',
        amountVnd: 50000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'partial',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã hoặc Chi nhánh Văn phòng đăng ký đất đai; không phụ thuộc địa giới hành chính trong tỉnh.',
    steps: [
      'Người yêu cầu nộp hồ sơ đăng ký biến động tại bất kỳ điểm tiếp nhận nào trong tỉnh hoặc trực tuyến.',
      'Văn phòng đăng ký đất đai kiểm tra hồ sơ, gửi thông tin đến cơ quan thuế.',
      'Cơ quan thuế xác định và thông báo nghĩa vụ tài chính (lệ phí trước bạ, thuế thu nhập cá nhân).',
      'Văn phòng đăng ký đất đai cập nhật biến động, xác nhận trên Giấy chứng nhận hoặc trình cấp Giấy chứng nhận mới.',
      'Trả kết quả sau khi người yêu cầu hoàn thành nghĩa vụ tài chính.',
    ],
    components: [
      doc('Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', {
        code: 'ĐĐK.BĐ',
        form: 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)',
      }),
      doc(
        'Hợp đồng, văn bản về chuyển nhượng, tặng cho hoặc văn bản khai nhận, phân chia di sản thừa kế đã công chứng, chứng thực',
        { code: 'HĐ' },
      ),
      doc('Bản gốc Giấy chứng nhận đã cấp', { code: 'KQ.ĐĐ.GCN' }),
      doc('Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân', {
        originals: 1,
        code: 'TK.THUE',
      }),
    ],
    results: [
      result('Giấy chứng nhận đã xác nhận biến động hoặc Giấy chứng nhận mới', 'KQ.ĐĐ.GCN'),
    ],
    applicantTypes: ['citizen', 'organisation', 'business'],
    conditions:
      'Có Giấy chứng nhận; đất không có tranh chấp; quyền sử dụng đất không bị kê biên để bảo đảm thi hành án; trong thời hạn sử dụng đất.',
    legalBases: [LUAT_DAT_DAI, ND_DAT_DAI],
    publication: QD_NN_MT,
    boundaryFree: true,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Kiểm tra hồ sơ, chuyển thông tin sang cơ quan thuế', 'specialist', 2],
      ['Xác định nghĩa vụ tài chính', 'specialist', 2, 'thue'],
      ['Cập nhật biến động, xác nhận hoặc in Giấy chứng nhận', 'specialist', 3],
      ['Lãnh đạo Văn phòng đăng ký đất đai ký xác nhận', 'leader', 1],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.009974',
    name: 'Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II',
    field: 'Xây dựng',
    level: 'province',
    competent: 'so-xay-dung',
    timeLimit: [20, 'days'],
    fees: [
      {
        kind: 'le_phi',
        name: 'Lệ phí cấp giấy phép xây dựng công trình',
        amountVnd: 150000,
        note: 'Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh',
      },
    ],
    online: 'partial',
    post: true,
    steps: [
      'Chủ đầu tư nộp hồ sơ đề nghị cấp giấy phép xây dựng.',
      'Sở Xây dựng tiếp nhận, kiểm tra hồ sơ.',
      'Thẩm định hồ sơ, kiểm tra thực địa; lấy ý kiến các cơ quan quản lý nhà nước có liên quan (nếu cần).',
      'Giám đốc Sở Xây dựng ký giấy phép xây dựng.',
      'Trả giấy phép kèm hồ sơ thiết kế có đóng dấu.',
    ],
    components: [
      doc('Đơn đề nghị cấp giấy phép xây dựng', {
        code: 'ĐĐN.GPXD',
        form: 'Đơn đề nghị cấp giấy phép xây dựng',
      }),
      doc('Bản sao giấy tờ chứng minh quyền sử dụng đất', {
        originals: 0,
        copies: 1,
        code: 'GCN.QSDĐ',
      }),
      doc(
        'Bản sao quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng',
        { originals: 0, copies: 1 },
      ),
      doc(
        'Bản vẽ thiết kế xây dựng trong hồ sơ thiết kế triển khai sau thiết kế cơ sở được phê duyệt',
        { originals: 2, code: 'BVTK' },
      ),
      doc('Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy', { originals: 0, copies: 1 }),
    ],
    results: [result('Giấy phép xây dựng', 'KQ.XD.GPXD')],
    applicantTypes: ['organisation', 'business'],
    conditions:
      'Phù hợp với quy hoạch xây dựng, mục đích sử dụng đất; thiết kế đã được thẩm định, phê duyệt theo quy định.',
    legalBases: [LUAT_XAY_DUNG, LUAT_XAY_DUNG_SUA, ND_XAY_DUNG],
    publication: QD_XAY_DUNG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ, kiểm tra thực địa', 'specialist', 12],
      ['Dự thảo giấy phép, trình ký', 'specialist', 2],
      ['Giám đốc Sở Xây dựng ký giấy phép', 'leader', 4],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '2.000620',
    name: 'Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh, thành phố trực thuộc trung ương',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'province',
    competent: 'so-cong-thuong',
    timeLimit: [10, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp Giấy phép bán buôn rượu',
        amountVnd: 2200000,
        note: 'Mỗi giấy phép',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Thương nhân nộp hồ sơ đề nghị cấp Giấy phép bán buôn rượu.',
      'Sở Công Thương tiếp nhận, kiểm tra hồ sơ; thông báo bổ sung trong 03 ngày làm việc nếu chưa hợp lệ.',
      'Phòng Quản lý Thương mại thẩm định hồ sơ, kiểm tra điều kiện kho hàng và hệ thống phân phối.',
      'Giám đốc Sở Công Thương ký Giấy phép.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp Giấy phép bán buôn rượu', {
        code: 'ĐĐN.R',
        form: 'Đơn đề nghị cấp Giấy phép bán buôn rượu',
      }),
      doc('Bản sao Giấy chứng nhận đăng ký doanh nghiệp', {
        originals: 0,
        copies: 1,
        code: 'KQ.DN.GCN',
      }),
      doc('Bản sao hợp đồng thuê kho hoặc giấy tờ chứng minh quyền sử dụng kho hàng', {
        originals: 0,
        copies: 1,
      }),
      doc('Bản sao hợp đồng nguyên tắc, thư xác nhận với thương nhân sản xuất, phân phối rượu', {
        originals: 0,
        copies: 1,
      }),
    ],
    results: [result('Giấy phép bán buôn rượu', 'KQ.CT.R')],
    applicantTypes: ['business'],
    conditions:
      'Là doanh nghiệp có ngành nghề bán buôn đồ uống có cồn; có kho hàng hoặc hợp đồng thuê kho phù hợp; có hệ thống bán buôn rượu trên địa bàn tỉnh.',
    legalBases: [
      ND_RUOU,
      law(
        '17/2020/NĐ-CP',
        'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương',
        '2020-02-05',
      ),
    ],
    publication: QD_CONG_THUONG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ', 'specialist', 6],
      ['Giám đốc Sở Công Thương ký Giấy phép', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '2.000629',
    name: 'Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
    field: 'Lưu thông hàng hóa trong nước',
    level: 'commune',
    timeLimit: [10, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp Giấy phép sản xuất rượu thủ công',
        amountVnd: 400000,
        note: 'Địa bàn phường; địa bàn xã: 200.000 đồng',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Tổ chức, cá nhân nộp hồ sơ đề nghị cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh.',
      'Cơ quan tiếp nhận kiểm tra hồ sơ; thông báo bổ sung trong 03 ngày làm việc nếu chưa hợp lệ.',
      'Phòng Kinh tế thẩm định hồ sơ, kiểm tra điều kiện sản xuất.',
      'Chủ tịch Ủy ban nhân dân cấp xã cấp Giấy phép.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', {
        code: 'ĐĐN.R',
        form: 'Đơn đề nghị cấp Giấy phép sản xuất rượu thủ công',
      }),
      doc(
        'Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh',
        { originals: 0, copies: 1 },
      ),
      doc('Bản sao bản công bố sản phẩm rượu hoặc bản tự công bố sản phẩm rượu', {
        originals: 0,
        copies: 1,
      }),
      doc('Bản sao giấy tờ chứng minh đáp ứng điều kiện an toàn thực phẩm', {
        originals: 0,
        copies: 1,
      }),
    ],
    results: [result('Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'KQ.CT.RTC')],
    applicantTypes: ['business', 'citizen'],
    conditions:
      'Có đăng ký kinh doanh ngành nghề sản xuất rượu; bảo đảm điều kiện an toàn thực phẩm và ghi nhãn hàng hóa theo quy định.',
    legalBases: [
      ND_RUOU,
      law(
        '17/2020/NĐ-CP',
        'Nghị định sửa đổi, bổ sung một số điều của các nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương',
        '2020-02-05',
      ),
    ],
    publication: QD_CONG_THUONG,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ, kiểm tra điều kiện sản xuất', 'specialist', 6],
      ['Chủ tịch Ủy ban nhân dân cấp xã ký Giấy phép', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.010803',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    field: 'Người có công',
    level: 'province',
    competent: 'so-noi-vu',
    timeLimit: [12, 'working_days'],
    fees: [],
    online: 'partial',
    post: true,
    counterNote:
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công cấp xã nơi người thờ cúng cư trú; hồ sơ được chuyển Sở Nội vụ giải quyết.',
    steps: [
      'Người thờ cúng liệt sĩ nộp bản khai và văn bản ủy quyền (nếu có) tại Trung tâm Phục vụ hành chính công cấp xã.',
      'Ủy ban nhân dân cấp xã xác nhận bản khai, chuyển hồ sơ đến Sở Nội vụ.',
      'Sở Nội vụ kiểm tra, đối chiếu hồ sơ liệt sĩ đang quản lý.',
      'Giám đốc Sở Nội vụ ra quyết định trợ cấp thờ cúng liệt sĩ.',
      'Trả quyết định cho người thờ cúng.',
    ],
    components: [
      doc('Bản khai đề nghị trợ cấp thờ cúng liệt sĩ', {
        code: 'BK.TC',
        form: 'Bản khai đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
      }),
      doc(
        'Văn bản ủy quyền của thân nhân liệt sĩ cho người thờ cúng (trường hợp có nhiều thân nhân)',
        { mandatory: false, code: 'VBUQ' },
      ),
    ],
    results: [result('Quyết định trợ cấp thờ cúng liệt sĩ', 'KQ.NCC.TC')],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [
      law('02/2020/UBTVQH14', 'Pháp lệnh Ưu đãi người có công với cách mạng', '2020-12-09'),
      law(
        '131/2021/NĐ-CP',
        'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng',
        '2021-12-30',
      ),
    ],
    publication: QD_NOI_VU,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ tại cấp xã', 'counter_officer', 1],
      ['Ủy ban nhân dân cấp xã xác nhận, chuyển hồ sơ', 'specialist', 4],
      ['Sở Nội vụ kiểm tra, đối chiếu hồ sơ', 'specialist', 4],
      ['Giám đốc Sở Nội vụ ký quyết định', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '1.004576',
    name: 'Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế',
    field: 'An toàn bức xạ và hạt nhân',
    level: 'province',
    competent: 'so-khcn',
    timeLimit: [15, 'working_days'],
    fees: [
      {
        kind: 'phi',
        name: 'Phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế',
        amountVnd: 2000000,
        note: 'Mỗi thiết bị',
      },
    ],
    online: 'full',
    post: true,
    steps: [
      'Cơ sở nộp hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ.',
      'Sở Khoa học và Công nghệ tiếp nhận, kiểm tra tính đầy đủ của hồ sơ.',
      'Thẩm định hồ sơ; kiểm tra thực tế tại cơ sở (nếu cần).',
      'Giám đốc Sở ký giấy phép.',
      'Trả kết quả.',
    ],
    components: [
      doc('Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', {
        code: 'ĐĐN.BX',
        form: 'Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ',
      }),
      doc('Báo cáo đánh giá an toàn bức xạ', { code: 'BCAT' }),
      doc('Bản sao chứng chỉ nhân viên bức xạ của người phụ trách an toàn', {
        originals: 0,
        copies: 1,
      }),
      doc('Biên bản kiểm định thiết bị X-quang còn hiệu lực', { originals: 0, copies: 1 }),
    ],
    results: [result('Giấy phép tiến hành công việc bức xạ', 'KQ.KHCN.BX')],
    applicantTypes: ['business', 'organisation'],
    conditions: null,
    legalBases: [
      law('18/2008/QH12', 'Luật Năng lượng nguyên tử', '2008-06-03'),
      law(
        '142/2020/NĐ-CP',
        'Nghị định quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử',
        '2020-12-09',
      ),
    ],
    publication: QD_KHCN,
    boundaryFree: false,
    process: [
      ['Tiếp nhận hồ sơ', 'counter_officer', 1],
      ['Thẩm định hồ sơ', 'specialist', 8],
      ['Kiểm tra thực tế tại cơ sở (nếu cần)', 'specialist', 3],
      ['Giám đốc Sở ký giấy phép', 'leader', 2],
      ['Trả kết quả', 'counter_officer', 1],
    ],
  }),
  entry({
    code: '2.002396',
    name: 'Giải quyết khiếu nại lần đầu tại cấp tỉnh',
    field: 'Giải quyết khiếu nại',
    level: 'province',
    competent: 'thanh-tra',
    timeLimit: [30, 'days'],
    fees: [],
    online: 'none',
    post: true,
    counterNote:
      'Nộp đơn trực tiếp tại Ban Tiếp công dân tỉnh hoặc cơ quan có thẩm quyền. Vụ việc phức tạp: không quá 45 ngày.',
    steps: [
      'Người khiếu nại gửi đơn và tài liệu liên quan đến người có thẩm quyền giải quyết.',
      'Thụ lý khiếu nại trong 10 ngày; thông báo thụ lý cho người khiếu nại.',
      'Xác minh nội dung khiếu nại; tổ chức đối thoại với người khiếu nại.',
      'Người có thẩm quyền ban hành quyết định giải quyết khiếu nại.',
      'Gửi quyết định giải quyết khiếu nại cho người khiếu nại và cơ quan liên quan.',
    ],
    components: [
      doc('Đơn khiếu nại hoặc bản ghi lời khiếu nại', { code: 'ĐKN' }),
      doc('Tài liệu, chứng cứ liên quan (nếu có)', { originals: 0, copies: 1, mandatory: false }),
      doc('Văn bản ủy quyền khiếu nại (nếu có)', { mandatory: false, code: 'VBUQ' }),
    ],
    results: [result('Quyết định giải quyết khiếu nại lần đầu', 'KQ.TTR.KN')],
    applicantTypes: ['citizen', 'organisation', 'business', 'foreigner', 'agency'],
    conditions:
      'Khiếu nại trong thời hiệu 90 ngày kể từ ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính.',
    legalBases: [
      law('02/2011/QH13', 'Luật Khiếu nại', '2011-11-11'),
      law(
        '124/2020/NĐ-CP',
        'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại',
        '2020-10-19',
      ),
    ],
    publication: QD_THANH_TRA,
    boundaryFree: false,
    process: [
      ['Tiếp nhận đơn, thụ lý', 'counter_officer', 5],
      ['Xác minh nội dung khiếu nại', 'specialist', 15],
      ['Tổ chức đối thoại, báo cáo kết quả xác minh', 'specialist', 5],
      ['Người có thẩm quyền ký quyết định giải quyết', 'leader', 4],
      ['Gửi quyết định', 'counter_officer', 1],
    ],
  }),
];

export const DEMO_CATALOG: CatalogDocumentInput = {
  format: 'motcua.catalog/1',
  procedures: [...HO_TICH, ...CAP_XA, ...CAP_TINH_1, ...CAP_TINH_2],
};
