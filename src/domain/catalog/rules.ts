import type { ProcedureContent, ProcessContent } from './procedure.js';

/** A rule broken, with the path of the offending field (relative to the content) and why. */
export interface Problem {
  path: string;
  code: string;
  message: string;
}

const EPSILON = 1e-9;

/** Rules across fields that a schema cannot say; an empty list means the procedure is coherent. */
export function procedureProblems(p: ProcedureContent): Problem[] {
  const problems: Problem[] = [];
  const channels = p.ways.map((w) => w.channel);
  channels.forEach((c, i) => {
    if (channels.indexOf(c) !== i)
      problems.push({
        path: `ways.${i}.channel`,
        code: 'duplicate_channel',
        message: 'Mỗi cách thức thực hiện chỉ khai báo một lần',
      });
  });
  if (!channels.includes('counter')) {
    problems.push({
      path: 'ways',
      code: 'counter_required',
      message: 'Thủ tục phải có cách thức nộp trực tiếp',
    });
  }
  const hasOnline = channels.includes('online');
  if (p.onlineLevel !== 'none' && !hasOnline) {
    problems.push({
      path: 'ways',
      code: 'online_way_missing',
      message: 'Thủ tục có dịch vụ công trực tuyến phải có cách thức nộp trực tuyến',
    });
  }
  if (p.onlineLevel === 'none' && hasOnline) {
    problems.push({
      path: 'onlineLevel',
      code: 'online_level_none',
      message: 'Đã khai báo cách thức trực tuyến nhưng mức độ trực tuyến là "không"',
    });
  }
  if (p.eligibleFullyOnline && p.onlineLevel !== 'full') {
    problems.push({
      path: 'eligibleFullyOnline',
      code: 'not_full_online',
      message: 'Chỉ thủ tục trực tuyến toàn trình mới đủ điều kiện trực tuyến toàn trình',
    });
  }
  if (p.postalAllowed !== channels.includes('post')) {
    problems.push({
      path: 'postalAllowed',
      code: 'postal_mismatch',
      message: 'Tiếp nhận qua bưu chính phải khớp với cách thức nộp qua bưu chính',
    });
  }
  p.ways.forEach((w, i) => {
    if (w.timeLimit.unit !== p.timeLimit.unit) {
      problems.push({
        path: `ways.${i}.timeLimit.unit`,
        code: 'unit_mismatch',
        message: 'Đơn vị thời hạn của cách thức phải giống thời hạn của thủ tục',
      });
    }
  });
  if (p.level === 'commune' && p.competentAgency.kind !== 'commune') {
    problems.push({
      path: 'competentAgency',
      code: 'level_mismatch',
      message: 'Thủ tục cấp xã do Ủy ban nhân dân cấp xã giải quyết',
    });
  }
  if (p.level !== 'commune' && p.competentAgency.kind === 'commune') {
    problems.push({
      path: 'competentAgency',
      code: 'level_mismatch',
      message: 'Thủ tục cấp tỉnh phải chỉ rõ cơ quan giải quyết',
    });
  }
  if (p.interAgency) {
    const total = p.interAgency.agencies.reduce((sum, a) => sum + a.share.amount, 0);
    if (Math.abs(total - p.timeLimit.amount) > EPSILON) {
      problems.push({
        path: 'interAgency.agencies',
        code: 'shares_do_not_add_up',
        message: `Tổng thời gian của các cơ quan (${total}) phải bằng thời hạn giải quyết (${p.timeLimit.amount})`,
      });
    }
    p.interAgency.agencies.forEach((a, i) => {
      if (a.share.unit !== p.timeLimit.unit) {
        problems.push({
          path: `interAgency.agencies.${i}.share.unit`,
          code: 'unit_mismatch',
          message: 'Đơn vị phải giống thời hạn của thủ tục',
        });
      }
    });
    if (!p.interAgency.agencies.some((a) => a.agencyId === p.interAgency?.leadAgencyId)) {
      problems.push({
        path: 'interAgency.leadAgencyId',
        code: 'lead_not_listed',
        message: 'Cơ quan chủ trì phải nằm trong danh sách cơ quan liên thông',
      });
    }
  }
  return problems;
}

/** The steps' budgets must add up to the legal time limit (domain.md §3). */
export function processProblems(process: ProcessContent, timeLimit: { amount: number }): Problem[] {
  const total = process.steps.reduce((sum, s) => sum + s.budget, 0);
  if (Math.abs(total - timeLimit.amount) > EPSILON) {
    return [
      {
        path: 'steps',
        code: 'budgets_do_not_add_up',
        message: `Tổng thời gian các bước (${total}) phải bằng thời hạn giải quyết (${timeLimit.amount})`,
      },
    ];
  }
  return [];
}
