/**
 * Postal intake (domain.md §9): the signing of the hand-over record between the postal clerk and
 * the receiving officer is the submission time. It is entered a little after it happens, never
 * before (a few minutes of clock difference allowed), and not weeks later.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;
export const POSTAL_BACKDATE_MS = 30 * 24 * 3_600_000;

export type PostalProblem = 'in_future' | 'too_old';

export const POSTAL_PROBLEM_MESSAGES: Record<PostalProblem, string> = {
  in_future: 'Thời điểm ký biên bản giao nhận ở tương lai',
  too_old: 'Thời điểm ký biên bản giao nhận quá 30 ngày trước',
};

/** The submission time of a postal dossier, or why the signing time given cannot be it. */
export function postalSubmission(
  signedAt: number,
  now: number,
): { at: number; problem: PostalProblem | null } {
  if (signedAt > now + CLOCK_SKEW_MS) return { at: now, problem: 'in_future' };
  if (signedAt < now - POSTAL_BACKDATE_MS) return { at: signedAt, problem: 'too_old' };
  return { at: Math.min(signedAt, now), problem: null };
}
