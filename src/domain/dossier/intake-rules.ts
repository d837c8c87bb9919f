/**
 * The completeness check of domain.md §4 step 3, against the components of the procedure version:
 * which components were provided, which mandatory ones are missing, and whether what the officer
 * chose (receive, return as incomplete, refuse) fits.
 */
export interface CatalogComponent {
  name: string;
  mandatory: boolean;
  originals: number;
  copies: number;
}

export interface ProvidedComponentInput {
  index: number;
  provided: boolean;
  files: readonly { sha256: string }[];
}

export interface IntakeProblem {
  path: string;
  code: string;
  message: string;
}

export type IntakeOutcome = 'received' | 'incomplete' | 'refused';

export function intakeProblems(
  catalog: readonly CatalogComponent[],
  provided: readonly ProvidedComponentInput[],
  outcome: IntakeOutcome,
  extra: { missingItems: number; reasons: number },
): IntakeProblem[] {
  const problems: IntakeProblem[] = componentIndexProblems(catalog.length, provided);
  provided.forEach((p, i) => {
    if (!p.provided && p.files.length > 0)
      problems.push({
        path: `components.${i}.files`,
        code: 'files_without_component',
        message: 'Có tệp đính kèm nhưng thành phần chưa được đánh dấu là đã nộp',
      });
  });
  if (outcome === 'received') {
    for (const index of missingMandatory(catalog, provided)) {
      const at = provided.findIndex((p) => p.index === index);
      problems.push({
        path: at >= 0 ? `components.${at}.provided` : 'components',
        code: 'mandatory_missing',
        message: `Thiếu thành phần bắt buộc: ${catalog[index]?.name}`,
      });
    }
  }
  if (
    outcome === 'incomplete' &&
    missingMandatory(catalog, provided).length === 0 &&
    extra.missingItems === 0
  )
    problems.push({
      path: 'missing',
      code: 'nothing_missing',
      message: 'Phiếu yêu cầu bổ sung phải nêu ít nhất một nội dung cần bổ sung, hoàn thiện',
    });
  if (outcome === 'refused' && extra.reasons === 0)
    problems.push({
      path: 'reasons',
      code: 'reason_required',
      message: 'Phiếu từ chối phải nêu rõ lý do',
    });
  return problems;
}

/** Indexes of mandatory components not marked as provided. */
export function missingMandatory(
  catalog: readonly CatalogComponent[],
  provided: readonly ProvidedComponentInput[],
): number[] {
  const given = new Set(provided.filter((p) => p.provided).map((p) => p.index));
  return catalog.flatMap((c, i) => (c.mandatory && !given.has(i) ? [i] : []));
}

/** Each component named once, and only components the procedure has (any channel). */
export function componentIndexProblems(
  count: number,
  provided: readonly { index: number }[],
): IntakeProblem[] {
  const seen = new Set<number>();
  return provided.flatMap((p, i) => {
    const path = `components.${i}.index`;
    const out: IntakeProblem[] = [];
    if (p.index >= count)
      out.push({
        path,
        code: 'unknown_component',
        message: `Thủ tục chỉ có ${count} thành phần hồ sơ`,
      });
    if (seen.has(p.index))
      out.push({
        path,
        code: 'duplicate_component',
        message: 'Thành phần hồ sơ được khai báo hai lần',
      });
    seen.add(p.index);
    return out;
  });
}

/**
 * Form 02's list, given once: every mandatory component not provided (with the officer's own
 * reason when the officer named it too), then whatever else the officer found missing or wrong.
 */
export function supplementItems(
  catalog: readonly CatalogComponent[],
  provided: readonly ProvidedComponentInput[],
  named: readonly { name: string; reason: string }[],
): { name: string; reason: string }[] {
  const reasons = new Map(named.map((m) => [m.name, m.reason]));
  const components = missingMandatory(catalog, provided).map((i) => {
    const name = catalog[i]?.name ?? '';
    return { name, reason: reasons.get(name) ?? 'Chưa có thành phần hồ sơ bắt buộc' };
  });
  const listed = new Set(components.map((c) => c.name));
  return [...components, ...named.filter((m) => !listed.has(m.name))];
}
