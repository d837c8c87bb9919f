/**
 * BENCH_SUITES=intake,lookup runs only the suites whose names contain one of the words (any
 * case). A word that no suite's name contains is an error, not an empty run: a mistyped filter
 * used to measure the ceilings alone and overwrite latest.md with a table missing the suite asked for.
 */
export interface SuiteSelection<T> {
  selected: T[];
  /** The words of the filter that no suite's name contains. */
  unmatched: string[];
}

export function selectSuites<T extends { name: string }>(
  all: readonly T[],
  filter: string | undefined,
): SuiteSelection<T> {
  const words = (filter ?? '')
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0) return { selected: [...all], unmatched: [] };
  const matches = (suite: T, word: string) => suite.name.toLowerCase().includes(word);
  return {
    selected: all.filter((s) => words.some((w) => matches(s, w))),
    unmatched: words.filter((w) => !all.some((s) => matches(s, w))),
  };
}
