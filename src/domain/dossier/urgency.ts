/**
 * How pressing an open dossier is (domain.md §4 "likely late"), in the order the inbox lists
 * them: the most pressing first. The rule that gives a dossier its urgency is `urgency()` in
 * processing.ts; this list is apart so that the web can import it without the calendar.
 */
/** In the order the inbox lists them: the most pressing first. */
export const URGENCIES = [
  'overdue',
  'due_today',
  'likely_late',
  'due_soon',
  'paused',
  'ok',
] as const;
export type Urgency = (typeof URGENCIES)[number];
