/** One difference between two versions: the field's path, and its value before and after. */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

/** Field-level differences between two JSON values; arrays compared item by item. */
export function diff(before: unknown, after: unknown, path = ''): Change[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: Change[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++)
      out.push(...diff(before[i], after[i], `${path}.${i}`));
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diff(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return [{ path: path.replace(/^\./, ''), before: before ?? null, after: after ?? null }];
}
