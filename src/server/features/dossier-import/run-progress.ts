/**
 * How far an import is, as the command line's progress bar and the API's run view both show it:
 * one formula for both, so the two never disagree on the same run.
 */

export interface RunProgressInput {
  /** The file's size; null while it is not known (an upload still arriving). */
  bytesTotal: number | null;
  bytesRead: number;
  lines: number;
  /** Since the run started: until now while it runs, until its end once it ended. */
  elapsedMs: number;
  /** Still importing: only then is there time left. */
  running: boolean;
  /** Read to the end (state done): the whole file, whatever the bytes counted. */
  done: boolean;
}

export interface RunProgress {
  /** Share of the file's bytes read, 0 to 1; null when the size is not known. */
  share: number | null;
  /** Lines read per second since the start; 0 before any time has passed. */
  linesPerSecond: number;
  /**
   * Whole seconds left at the rate bytes were read so far; null when it is not running, the size
   * is not known, or nothing has been read yet.
   */
  secondsLeft: number | null;
}

export function runProgress(p: RunProgressInput): RunProgress {
  const seconds = p.elapsedMs / 1000;
  // Lines are counted without their carriage returns, so a file read to the end may count fewer
  // bytes than its size: a run that is done has read all of it.
  const share =
    p.bytesTotal === null
      ? null
      : p.done || p.bytesTotal === 0
        ? 1
        : Math.min(1, p.bytesRead / p.bytesTotal);
  const linesPerSecond = seconds > 0 ? p.lines / seconds : 0;
  // The bytes left at the byte rate so far (bytesRead / seconds), in one division.
  const secondsLeft =
    p.running && p.bytesTotal !== null && p.bytesRead > 0 && seconds > 0
      ? Math.ceil((Math.max(0, p.bytesTotal - p.bytesRead) * seconds) / p.bytesRead)
      : null;
  return { share, linesPerSecond, secondsLeft };
}
