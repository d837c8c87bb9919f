/**
 * The states of a dossier, as one table for its whole lifecycle (domain.md §4). Each internal
 * state maps to exactly one of the ten national status codes exchanged with DVCQG.
 */
export const DOSSIER_STATES = [
  'awaiting_acceptance', // arrived online from DVCQG; 8 working hours to answer
  'correction_requested', // online dossier sent back for correction before acceptance
  'received', // received: the clock runs from the time on the receipt
  'incomplete_at_intake', // counter: Form 02 issued, nothing received
  'refused_at_intake', // counter or online: Form 03, or "not our competence"
  'in_progress', // taken on by the competent agency: its process runs step by step
  'awaiting_supplement', // Form 02 after appraisal; the clock is stopped until the applicant answers
  'decided', // the result is approved (or the refusal after appraisal, Form 03, is the result)
  'returned', // the result reached the applicant: at the counter, by post or online
  'closed_unsupplemented', // no supplement within 15 days: closed with Form 05
  'withdrawn', // the applicant withdrew before a decision
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const NATIONAL_STATUS = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
} as const;
export type NationalStatus = keyof typeof NATIONAL_STATUS;

export const NATIONAL_STATUS_OF: Record<DossierState, NationalStatus> = {
  awaiting_acceptance: 1,
  correction_requested: 5,
  received: 2,
  incomplete_at_intake: 3,
  refused_at_intake: 3,
  in_progress: 4,
  awaiting_supplement: 5,
  decided: 9,
  returned: 10,
  closed_unsupplemented: 8,
  withdrawn: 7,
};

/** Dossiers an agency has to work on: its inbox. */
export const OPEN_STATES: readonly DossierState[] = [
  'received',
  'in_progress',
  'awaiting_supplement',
];

/** Channels with their codes in national data: submission and return are chosen separately. */
export const CHANNEL_CODES = { counter: 1, online: 2, post: 3 } as const;

/** States in which a dossier's handling is over (a corrected result aside). */
export const FINISHED_STATES: readonly DossierState[] = [
  'returned',
  'refused_at_intake',
  'incomplete_at_intake',
  'closed_unsupplemented',
  'withdrawn',
];

/**
 * A dossier imported from a previous system that had finished there is its history, kept to be
 * read: nothing is done to it any more. The import marks it so in its processing facts; the
 * others go on as any other dossier (an online one waiting to be accepted, a decided one whose
 * result is still to be handed over), and one that finishes here is no longer read-only.
 */
export function isReadOnlyImport(processing: unknown): boolean {
  return (processing as { finishedElsewhere?: unknown } | null)?.finishedElsewhere === true;
}

/** `created_by` of dossiers written by an import from a previous system. */
export const IMPORT_AUTHOR = 'import';
