/**
 * Typo tolerance for catalog search: each query word that is not a word of the catalog is
 * replaced by the catalog word closest to it (Damerau–Levenshtein: a wrong, missing, extra or
 * swapped letter counts one), the most used one on a tie. Vietnamese words without tone marks are
 * short, so one edit is allowed up to four letters and two beyond.
 */
export function correctWords(
  words: readonly string[],
  vocabulary: ReadonlyMap<string, number>,
): string[] {
  return words.map((word) => {
    if (vocabulary.has(word) || /^\d/.test(word)) return word;
    const allowed = word.length <= 4 ? 1 : 2;
    let best = word;
    let bestDistance = allowed + 1;
    let bestUses = -1;
    for (const [candidate, uses] of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      const d = editDistance(word, candidate, allowed);
      if (d < bestDistance || (d === bestDistance && uses > bestUses)) {
        best = candidate;
        bestDistance = d;
        bestUses = uses;
      }
    }
    return bestDistance <= allowed ? best : word;
  });
}

/** Optimal-string-alignment distance, giving up (returning limit + 1) once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}
