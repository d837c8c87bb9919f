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
      fees,
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
      doc('Tờ khai đăng ký khai sinh', { code: 'TK.KS', form: 'Tờ khai đăng ký khai sinh (mẫu ban hành kèm Thông tư số 04/2020/TT-BTP)' }),
      doc('Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh', {
        code: 'GCS',
        note: 'Trường hợp trẻ bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi; trường hợp mang thai hộ: văn bản chứng minh việc mang thai hộ.',
      }),
      shown('Hộ chiếu, Căn cước công dân/Thẻ căn cước hoặc giấy tờ tùy thân có ảnh của người đi đăng ký'),
      doc('Văn bản ủy quyền có chứng thực (trường hợp ủy quyền)', { mandatory: false, code: 'VBUQ' }),
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
      doc('Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký kết hôn tại nơi không phải nơi cư trú)', {
        mandatory: false,
        code: 'XNTTHN',
      }),
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
      doc('Tờ khai đăng ký lại khai sinh', { code: 'TK.KS', form: 'Tờ khai đăng ký lại khai sinh' }),
      doc('Bản sao Giấy khai sinh hoặc bản sao giấy tờ có nội dung khai sinh (nếu có)', {
        originals: 0,
        copies: 1,
        mandatory: false,
        code: 'GKS',
      }),
      doc('Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính Giấy khai sinh', {
        mandatory: false,
      }),
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
      doc('Tờ khai đăng ký nhận cha, mẹ, con', { code: 'TK.NCMC', form: 'Tờ khai đăng ký nhận cha, mẹ, con' }),
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
      doc('Giấy tờ chứng minh là bên tham gia hợp đồng, giao dịch hoặc người thừa kế, người đại diện', {
        originals: 0,
        copies: 1,
      }),
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

export const DEMO_CATALOG: CatalogDocumentInput = {
  format: 'motcua.catalog/1',
  procedures: [...HO_TICH],
};
