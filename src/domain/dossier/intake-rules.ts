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
  const problems: IntakeProblem[] = [];
  const seen = new Set<number>();
  provided.forEach((p, i) => {
    if (p.index >= catalog.length)
      problems.push({
        path: `components.${i}.index`,
        code: 'unknown_component',
        message: `Thủ tục chỉ có ${catalog.length} thành phần hồ sơ`,
      });
    if (seen.has(p.index))
      problems.push({
        path: `components.${i}.index`,
        code: 'duplicate_component',
        message: 'Thành phần hồ sơ được khai báo hai lần',
      });
    seen.add(p.index);
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
