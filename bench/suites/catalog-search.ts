import { sql } from 'kysely';
import type { ProcedureContent } from '../../src/domain/catalog/procedure.js';
import { rebuildWords } from '../../src/server/features/catalog/catalog.queries.js';
import { derived, search } from '../../src/server/features/catalog/catalog.service.js';
import { stableId } from '../../src/server/seed/stable-id.js';
import { benchDatabase } from '../bench-database.js';
import type { Measurement, Suite } from '../harness.js';
import { summarize } from '../loop.js';

const ACTIONS = [
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Điều chỉnh',
  'Gia hạn',
  'Thu hồi',
  'Đăng ký',
  'Đăng ký lại',
  'Xác nhận',
  'Thẩm định',
  'Phê duyệt',
  'Công nhận',
];
const OBJECTS = [
  'giấy phép xây dựng nhà ở riêng lẻ',
  'khai sinh',
  'kết hôn',
  'khai tử',
  'giấy chứng nhận quyền sử dụng đất',
  'hộ kinh doanh',
  'giấy phép lái xe',
  'chứng chỉ hành nghề y',
  'giấy phép kinh doanh rượu',
  'trợ cấp xã hội hằng tháng',
  'giấy phép môi trường',
  'dự án đầu tư',
  'phiếu lý lịch tư pháp',
  'giấy phép tổ chức lễ hội',
  'văn bằng chứng chỉ',
  'nhãn hiệu hàng hóa',
  'giấy chứng nhận an toàn thực phẩm',
  'người có công với cách mạng',
  'thành lập doanh nghiệp',
  'cơ sở giáo dục mầm non',
];
const QUERIES = [
  'dang ky khai sinh',
  'giay phep xay dung',
  'cap doi giay phep lai xe',
  'khai sinh',
  'đăng kí kết hôn',
  'thanh lap doanh nghiep',
  'tro cap',
  'giay phep',
  'ho kinh doanh',
  'cấp lại giấy chứng nhận',
];

function content(i: number): ProcedureContent {
  const name = `${ACTIONS[i % ACTIONS.length]} ${OBJECTS[Math.floor(i / ACTIONS.length) % OBJECTS.length]} (mẫu ${i})`;
  const commune = i % 3 === 0;
  return {
    name,
    field: `Lĩnh vực ${i % 25}`,
    level: commune ? 'commune' : 'province',
    competentAgency: commune
      ? { kind: 'commune' }
      : { kind: 'agency', agencyId: stableId('agency:so-tu-phap') },
    coordinatingAgencies: [],
    timeLimit: { amount: 5, unit: 'working_days' },
    ways: [{ channel: 'counter', timeLimit: { amount: 5, unit: 'working_days' }, fees: [] }],
    steps: ['Nộp hồ sơ'],
    components: [],
    results: [{ name: 'Kết quả', resultTypeCode: null }],
    applicantTypes: ['citizen'],
    conditions: null,
    legalBases: [],
    publication: null,
    onlineLevel: 'none',
    eligibleFullyOnline: false,
    postalAllowed: false,
    boundaryFree: true,
    interAgency: null,
    nationalStatus: 'published',
  };
}

/** Issue "Procedure catalog": search p95 ≤ 20 ms over 5,000 procedures. */
export const catalogSearchSuite: Suite = {
  name: 'catalog: search',
  async run(ctx): Promise<Measurement[]> {
    const database = await benchDatabase(ctx.databaseUrl);
    const { db } = database;
    try {
      const N = 5_000;
      for (let start = 0; start < N; start += 500) {
        const batch = Array.from({ length: Math.min(500, N - start) }, (_, k) => start + k);
        const procedures = await db
          .insertInto('procedures')
          .values(batch.map((i) => ({ national_code: `2.${String(100000 + i).padStart(6, '0')}` })))
          .returning(['id', 'national_code'])
          .execute();
        await db
          .insertInto('procedure_versions')
          .values(
            procedures.map((p, k) => ({
              procedure_id: p.id,
              version_no: 1,
              state: 'published',
              valid_from: '2025-07-01',
              ...derived(p.national_code, content(batch[k] as number)),
            })),
          )
          .execute();
      }
      await rebuildWords(db);
      await sql`ANALYZE procedure_versions`.execute(db);
      const floor: number[] = [];
      const times: number[] = [];
      const perQuery: Record<string, number[]> = {};
      const until = performance.now() + ctx.seconds * 1000;
      let i = 0;
      while (performance.now() < until) {
        const q = QUERIES[i % QUERIES.length] as string;
        const t0 = performance.now();
        await sql`SELECT 1`.execute(db);
        const t1 = performance.now();
        await search(db, {
          q,
          page: 1,
          pageSize: 20,
          ...(i % 4 === 0 ? { level: 'commune' as const } : {}),
        });
        const took = performance.now() - t1;
        times.push(took);
        const list = perQuery[q] ?? [];
        list.push(took);
        perQuery[q] = list;
        floor.push(t1 - t0);
        i++;
      }
      if (process.env.BENCH_PROBE)
        for (const [q, ts] of Object.entries(perQuery))
          ctx.log(`${q}: p95 ${summarize(Float64Array.from(ts)).p95.toFixed(1)} ms`);
      const s = summarize(Float64Array.from(times));
      const f = summarize(Float64Array.from(floor));
      return [
        {
          name: 'catalog.select1.p95',
          value: f.p95,
          unit: 'ms',
          higherIsBetter: false,
          servesAsCeiling: true,
          details: {
            database: database.kind,
            note: 'SELECT 1 on the same database, between searches',
          },
        },
        {
          name: 'catalog.search.p95',
          value: s.p95,
          unit: 'ms',
          higherIsBetter: false,
          ceiling: 'catalog.select1.p95',
          target: { absolute: 20 },
          details: {
            database: database.kind,
            procedures: N,
            searches: times.length,
            p50: s.p50,
            p99: s.p99,
          },
        },
      ];
    } finally {
      await database.close();
    }
  },
};
