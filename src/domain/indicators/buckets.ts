/**
 * The figures of a period's progress that a dashboard shows and that open onto their dossiers:
 * dossiers in the period, carried over, received; finished early, on time, late; open within
 * their time, late, waiting for a supplement.
 */
export const BUCKETS = [
  'counted',
  'carried',
  'received',
  'finished_early',
  'finished_on_time',
  'finished_late',
  'open_on_time',
  'open_late',
  'open_waiting',
] as const;
export type Bucket = (typeof BUCKETS)[number];

export const isBucket = (value: unknown): value is Bucket =>
  (BUCKETS as readonly unknown[]).includes(value);
