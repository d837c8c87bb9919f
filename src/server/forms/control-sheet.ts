import type { HandOverParty, HandOverRow } from './form-data.js';
import { channelLabel, formatInstantShort } from './vi-format.js';

/**
 * The rows of Form 06 (Phiếu kiểm soát quá trình giải quyết hồ sơ) from a dossier's history:
 * every hand-over, who gave and who took it, when, by when the giver's part was due and whether it
 * was done in time (domain.md §4: "every hand-over is recorded").
 *
 * A row judges the giver: a forward, a supplement request, an approval or a refusal carries the
 * step that ended (`fromStep`, `stepDueAt`, `stepOnTime` of processing.ts); the paper dossier's
 * transfer from the counter is judged when the competent agency takes it on; the applicant's
 * supplement against the date Form 02 gave; the return of the result against the due date then in
 * force. Other actions (the inter-agency hand-overs `send_to_agencies`, `return_from_agency`,
 * and any added later) print from what their data has: `fromAgencyId`/`toAgencyId` (or a `sent`
 * list of `{ toAgencyId, dueAt }`, a row each), `toStep`, `handlerId`, `stepDueAt`/`dueAt` and
 * `stepOnTime`/`onTime`; a part returned with no agency named goes back to the lead.
 */

/** One entry of the dossier's history, as the dossiers feature stores it. */
export interface HistoryEventOnForm {
  at: string;
  action: string;
  actor: { type: string; id: string | null; name: string | null };
  data: Record<string, unknown>;
}

export interface ControlSheetContext {
  applicantName: string;
  channel: 'counter' | 'post' | 'online';
  receiving: { id: string; name: string };
  competent: { id: string; name: string };
  /** The dossier's process: each step's agency, null for the competent agency. */
  steps: readonly { name: string; agencyId: string | null }[];
  /** Names of the agencies and users the history refers to (see `referencedIds`). */
  agencyNames: ReadonlyMap<string, string>;
  userNames: ReadonlyMap<string, string>;
}

/** Not hand-overs: they change dates, which the rows after them take into account. */
const NOT_HAND_OVERS = new Set(['request_extension', 'decide_extension']);

export const DVCQG_NAME = 'Cổng Dịch vụ công quốc gia';
const SYSTEM_NAME = 'Hệ thống (tự động)';

/** The words for actions added after this module, where they are known already. */
const OTHER_ACTIONS: Record<string, string> = {
  send_to_agencies: 'Chuyển cơ quan phối hợp giải quyết (liên thông)',
  send_to_agency: 'Chuyển cơ quan phối hợp giải quyết (liên thông)',
  return_from_agency: 'Cơ quan phối hợp chuyển trả hồ sơ (liên thông)',
  return_to_lead: 'Trả hồ sơ về cơ quan chủ trì (liên thông)',
};

/** Agencies and users named in the history, for the caller to look their names up. */
export function referencedIds(events: readonly HistoryEventOnForm[]) {
  const agencyIds = new Set<string>();
  const userIds = new Set<string>();
  for (const e of events) {
    const d = e.data;
    for (const key of ['agencyId', 'fromAgencyId', 'toAgencyId'] as const) {
      const v = str(d[key]);
      if (v) agencyIds.add(v);
    }
    const transferTo = str(obj(d.transfer)?.to);
    if (transferTo) agencyIds.add(transferTo);
    if (Array.isArray(d.sent))
      for (const leg of d.sent) {
        const v = str(obj(leg)?.toAgencyId);
        if (v) agencyIds.add(v);
      }
    for (const key of ['handlerId', 'previous', 'toHandlerId'] as const) {
      const v = str(d[key]);
      if (v) userIds.add(v);
    }
  }
  return { agencyIds: [...agencyIds], userIds: [...userIds] };
}

/** The hand-overs of a history, in order. */
export function controlRows(
  events: readonly HistoryEventOnForm[],
  ctx: ControlSheetContext,
): HandOverRow[] {
  const rows: HandOverRow[] = [];
  const agency = (id: string | null | undefined) => {
    if (!id) return null;
    if (id === ctx.receiving.id) return ctx.receiving.name;
    if (id === ctx.competent.id) return ctx.competent.name;
    return ctx.agencyNames.get(id) ?? null;
  };
  const user = (id: string | null | undefined) => (id ? (ctx.userNames.get(id) ?? null) : null);
  const stepAgency = (i: number | null) => {
    const id = i === null ? null : ctx.steps[i]?.agencyId;
    return id ? (agency(id) ?? ctx.competent.name) : ctx.competent.name;
  };
  const stepName = (i: number | null) => (i === null ? null : (ctx.steps[i]?.name ?? null));
  // Roboto has no arrows: the words say the direction.
  const stepLabel = (i: number | null) => stepName(i) ?? (i === null ? '' : String(i + 1));
  const applicant: HandOverParty = { agency: null, person: ctx.applicantName };
  const counter = (e: HistoryEventOnForm): HandOverParty => ({
    agency: ctx.receiving.name,
    person: actorName(e),
  });

  // What the history has said so far.
  let dueAt: string | null = null;
  let acceptanceDueAt: string | null = null;
  let replyBy: string | null = null;
  let step: number | null = null;
  let holder = ctx.competent.name;
  let transfer: HandOverRow | null = null;
  const consultationDue: (string | null)[] = [];

  for (const e of events) {
    const d = e.data;
    const row = (r: Omit<HandOverRow, 'at' | 'note'> & { note?: string | null }) =>
      rows.push({ at: e.at, note: null, ...r });
    const judged = (
      due: string | null,
      onTime?: unknown,
    ): Pick<HandOverRow, 'dueAt' | 'onTime'> => ({
      dueAt: due,
      onTime:
        typeof onTime === 'boolean' ? onTime : due ? Date.parse(e.at) <= Date.parse(due) : null,
    });
    const handedStep = num(d.fromStep) ?? step;
    // The paper dossier reaches the competent agency when it takes the dossier on.
    if (transfer && (e.action === 'assign' || e.action === 'claim')) {
      transfer.at = e.at;
      transfer.to = { agency: transfer.to.agency, person: actorName(e) };
      transfer.onTime = transfer.dueAt ? Date.parse(e.at) <= Date.parse(transfer.dueAt) : null;
      transfer = null;
    }
    switch (e.action) {
      case 'receive': {
        dueAt = str(d.dueAt) ?? dueAt;
        row({
          what:
            ctx.channel === 'post' ? 'Tiếp nhận hồ sơ qua bưu chính công ích' : 'Tiếp nhận hồ sơ',
          note: dueAt ? `Hẹn trả kết quả: ${formatInstantShort(dueAt)}` : null,
          from: ctx.channel === 'post' ? { ...applicant, agency: channelLabel('post') } : applicant,
          to: counter(e),
          dueAt: null,
          onTime: null,
        });
        const t = obj(d.transfer);
        const to = str(t?.to);
        if (to && to !== ctx.receiving.id && t?.electronic !== true) {
          transfer = {
            at: null,
            what: 'Chuyển hồ sơ giấy đến cơ quan giải quyết',
            note:
              t?.nextWorkingDay === true
                ? 'Nhận sau giờ chuyển trong ngày: chuyển ngày làm việc tiếp theo'
                : null,
            from: counter(e),
            to: { agency: agency(to) ?? ctx.competent.name, person: null },
            dueAt: str(t?.dueAt),
            onTime: null,
          };
          rows.push(transfer);
        }
        break;
      }
      case 'arrive_online':
        acceptanceDueAt = str(d.acceptanceDueAt);
        row({
          what: 'Nhận hồ sơ trực tuyến',
          note: str(d.dvcqgCode) ? `Mã hồ sơ trên Cổng: ${str(d.dvcqgCode)}` : null,
          from: { agency: DVCQG_NAME, person: ctx.applicantName },
          to: { agency: ctx.receiving.name, person: null },
          dueAt: null,
          onTime: null,
        });
        break;
      case 'resubmit':
        row({
          what: 'Nhận hồ sơ trực tuyến đã sửa đổi, bổ sung',
          from: { agency: DVCQG_NAME, person: ctx.applicantName },
          to: { agency: ctx.receiving.name, person: null },
          dueAt: null,
          onTime: null,
        });
        break;
      case 'accept':
        dueAt = str(d.dueAt) ?? dueAt;
        row({
          what: 'Tiếp nhận hồ sơ trực tuyến, chuyển cơ quan giải quyết',
          note: dueAt ? `Hẹn trả kết quả: ${formatInstantShort(dueAt)}` : null,
          from: counter(e),
          to: { agency: ctx.competent.name, person: null },
          ...judged(acceptanceDueAt, d.answeredInTime),
        });
        break;
      case 'request_correction':
      case 'decline_not_competent':
        row({
          what:
            e.action === 'request_correction'
              ? 'Yêu cầu sửa đổi, bổ sung hồ sơ trực tuyến'
              : 'Trả hồ sơ không thuộc thẩm quyền',
          from: counter(e),
          to: applicant,
          ...judged(acceptanceDueAt),
        });
        break;
      case 'assign':
      case 'claim': {
        const toStep = num(d.toStep);
        const handler = user(str(d.handlerId)) ?? (e.action === 'claim' ? actorName(e) : null);
        if (toStep !== null && step === null) {
          step = toStep;
          holder = stepAgency(toStep);
          const due = str(d.stepDueAt);
          row({
            what:
              e.action === 'claim'
                ? `Nhận xử lý hồ sơ (bước ${stepName(toStep) ?? toStep + 1})`
                : `Phân công xử lý (bước ${stepName(toStep) ?? toStep + 1})`,
            note: due ? `Hạn bước: ${formatInstantShort(due)}` : null,
            from: {
              agency: ctx.competent.name,
              person: e.action === 'claim' ? null : actorName(e),
            },
            to: { agency: holder, person: handler },
            dueAt: null,
            onTime: null,
          });
        } else {
          row({
            what: e.action === 'claim' ? 'Nhận xử lý hồ sơ' : 'Phân công lại người xử lý',
            note: e.action === 'assign' && actorName(e) ? `Người phân công: ${actorName(e)}` : null,
            from: { agency: holder, person: user(str(d.previous)) },
            to: { agency: holder, person: handler },
            dueAt: null,
            onTime: null,
          });
        }
        break;
      }
      case 'forward': {
        const toStep = num(d.toStep);
        const next = toStep === null ? holder : stepAgency(toStep);
        const nextDue = str(d.nextStepDueAt);
        row({
          what: `Chuyển từ bước ${stepLabel(handedStep)} sang bước ${stepLabel(toStep)}`,
          note: nextDue ? `Hạn bước tiếp theo: ${formatInstantShort(nextDue)}` : null,
          from: { agency: stepAgency(handedStep), person: actorName(e) },
          to: { agency: next, person: user(str(d.handlerId)) },
          ...judged(str(d.stepDueAt), d.stepOnTime),
        });
        step = toStep ?? step;
        holder = next;
        break;
      }
      case 'consult': {
        const index = num(d.consultation) ?? consultationDue.length;
        consultationDue[index] = str(d.dueAt);
        row({
          what: 'Gửi lấy ý kiến cơ quan liên quan',
          note: [
            str(d.question),
            str(d.dueAt) && `Hạn trả lời: ${formatInstantShort(str(d.dueAt) as string)}`,
          ]
            .filter(Boolean)
            .join('. '),
          from: { agency: holder, person: actorName(e) },
          to: { agency: agency(str(d.agencyId)), person: null },
          dueAt: null,
          onTime: null,
        });
        break;
      }
      case 'record_reply': {
        const index = num(d.consultation);
        row({
          what: 'Nhận ý kiến trả lời',
          note: str(d.answer),
          from: { agency: agency(str(d.agencyId)), person: null },
          to: { agency: holder, person: actorName(e) },
          ...judged(index === null ? null : (consultationDue[index] ?? null), d.onTime),
        });
        break;
      }
      case 'request_supplement':
        replyBy = str(d.closesAt);
        row({
          what: 'Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
          note: replyBy ? `Hạn bổ sung: ${formatInstantShort(replyBy)}` : null,
          from: { agency: stepAgency(handedStep), person: actorName(e) },
          to: applicant,
          ...judged(str(d.stepDueAt), d.stepOnTime),
        });
        break;
      case 'supplement':
        dueAt = str(d.dueAt) ?? dueAt;
        row({
          what: 'Nhận hồ sơ bổ sung, hoàn thiện',
          note: dueAt ? `Thời hạn tính lại; hẹn trả mới: ${formatInstantShort(dueAt)}` : null,
          from: applicant,
          to: { agency: holder, person: actorName(e) },
          ...judged(replyBy),
        });
        break;
      case 'close_unsupplemented':
        row({
          what: 'Dừng giải quyết: quá hạn bổ sung (Mẫu 05)',
          from: counter(e),
          to: applicant,
          dueAt: null,
          onTime: null,
        });
        break;
      case 'withdraw':
        row({
          what: 'Rút hồ sơ theo yêu cầu của người nộp (Mẫu 05)',
          note: str(d.reason),
          from:
            d.source === 'dvcqg' ? { agency: DVCQG_NAME, person: ctx.applicantName } : applicant,
          to: counter(e),
          dueAt: null,
          onTime: null,
        });
        break;
      case 'refuse_after_appraisal':
      case 'approve':
        row({
          what:
            e.action === 'approve'
              ? 'Phê duyệt kết quả, chuyển trả kết quả'
              : 'Từ chối giải quyết sau thẩm định (Mẫu 03)',
          note: str(d.documentCode) ? `Số, ký hiệu kết quả: ${str(d.documentCode)}` : null,
          from: { agency: stepAgency(handedStep), person: actorName(e) },
          to: { agency: ctx.receiving.name, person: null },
          ...judged(str(d.stepDueAt), d.stepOnTime),
        });
        break;
      case 'return_result': {
        const channel = str(d.channel);
        row({
          what: 'Trả kết quả cho người nộp',
          note:
            channel === 'counter' || channel === 'post' || channel === 'online'
              ? `Hình thức: ${channelLabel(channel)}`
              : null,
          from: counter(e),
          to: applicant,
          ...judged(dueAt),
        });
        break;
      }
      case 'correct_result':
        row({
          what: 'Đính chính kết quả, chuyển trả lại',
          note: str(d.reason),
          from: { agency: holder, person: actorName(e) },
          to: { agency: ctx.receiving.name, person: null },
          dueAt: null,
          onTime: null,
        });
        break;
      case 'decide_extension':
        if (d.approved === true) dueAt = str(d.dueAt) ?? dueAt;
        break;
      default: {
        if (NOT_HAND_OVERS.has(e.action)) break;
        const what = OTHER_ACTIONS[e.action] ?? e.action.replaceAll('_', ' ');
        const fromId = str(d.fromAgencyId);
        const fromAgency =
          agency(fromId) ?? (num(d.fromStep) !== null ? stepAgency(handedStep) : holder);
        const from = { agency: fromAgency, person: actorName(e) };
        // Sent to several agencies at once: one row, and one signature, for each.
        if (Array.isArray(d.sent)) {
          for (const leg of d.sent.map(obj)) {
            const due = str(leg?.dueAt);
            row({
              what,
              note: due ? `Hạn xử lý của cơ quan nhận: ${formatInstantShort(due)}` : null,
              from,
              to: { agency: agency(str(leg?.toAgencyId)), person: null },
              dueAt: null,
              onTime: null,
            });
          }
          break;
        }
        const toStep = num(d.toStep);
        // A part coming back from another agency with no one named goes to the lead agency.
        const toAgency =
          agency(str(d.toAgencyId)) ??
          (toStep !== null
            ? stepAgency(toStep)
            : fromId && fromId !== ctx.competent.id
              ? ctx.competent.name
              : null);
        const nextDue = str(d.nextDueAt);
        row({
          what,
          note:
            [
              str(d.reason) ?? str(d.note),
              nextDue && `Hạn xử lý tiếp: ${formatInstantShort(nextDue)}`,
            ]
              .filter(Boolean)
              .join('. ') || null,
          from,
          to: { agency: toAgency, person: user(str(d.handlerId) ?? str(d.toHandlerId)) },
          ...judged(str(d.stepDueAt) ?? str(d.dueAt), d.stepOnTime ?? d.onTime),
        });
        if (toStep !== null) step = toStep;
        if (toAgency) holder = toAgency;
      }
    }
  }
  return rows;
}

function actorName(e: HistoryEventOnForm): string | null {
  if (e.actor.type === 'user') return e.actor.name;
  return e.actor.type === 'system' && e.actor.id === 'sweeper' ? SYSTEM_NAME : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : null;
}
