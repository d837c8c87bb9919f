import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DossierState } from './states.js';

/**
 * How far along a dossier is, as the public lookup says it (domain.md §4 with the national status):
 * a stage anyone may see, and the share of the time limit used.
 */
export const PROGRESS_STAGES = [
  'submitted',
  'received',
  'processing',
  'finished',
  'returned',
  'stopped',
] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export const STAGE_OF: Record<DossierState, ProgressStage> = {
  awaiting_acceptance: 'submitted',
  correction_requested: 'submitted',
  received: 'received',
  incomplete_at_intake: 'stopped',
  refused_at_intake: 'stopped',
  in_progress: 'processing',
  awaiting_supplement: 'processing',
  decided: 'finished',
  returned: 'returned',
  closed_unsupplemented: 'stopped',
  withdrawn: 'stopped',
};

/** What the applicant is told is happening now (only to whoever proves to be the applicant). */
export const CURRENT_STEP_OF: Record<DossierState, string> = {
  awaiting_acceptance: 'Chờ bộ phận một cửa kiểm tra, tiếp nhận hồ sơ trực tuyến',
  correction_requested: 'Chờ người nộp bổ sung, hoàn thiện hồ sơ',
  received: 'Đã tiếp nhận; đang chuyển cơ quan có thẩm quyền giải quyết',
  incomplete_at_intake: 'Hồ sơ chưa đủ thành phần; đã hướng dẫn bổ sung',
  refused_at_intake: 'Hồ sơ không được tiếp nhận',
  in_progress: 'Cơ quan có thẩm quyền đang giải quyết',
  awaiting_supplement: 'Chờ người nộp bổ sung, hoàn thiện hồ sơ (tạm dừng tính thời gian)',
  decided: 'Đã có kết quả; chờ trả kết quả',
  returned: 'Đã trả kết quả',
  closed_unsupplemented: 'Dừng giải quyết do không bổ sung hồ sơ trong thời hạn',
  withdrawn: 'Hồ sơ đã được rút theo yêu cầu',
};

/**
 * The share (0–100) of the time limit used, in working time: from when the clock (re)started to
 * the due time, standing still while the applicant is awaited (domain.md §5: pauses stop the
 * clock). A dossier received on Friday afternoon has not used its Saturday.
 */
export function percentUsed(
  calendar: Pick<WorkingCalendar, 'workingBefore'>,
  clock: { start: number | null; due: number | null; pausedAt?: number | null },
  now: number,
): number {
  const { start, due } = clock;
  if (start === null || due === null) return 0;
  const until = Math.min(now, clock.pausedAt ?? now);
  const total = calendar.workingBefore(due) - calendar.workingBefore(start);
  if (total <= 0) return 100;
  const used = calendar.workingBefore(Math.max(until, start)) - calendar.workingBefore(start);
  return Math.max(0, Math.min(100, Math.round((used / total) * 100)));
}
