/**
 * Dossier codes (domain.md §4): by default the receiving agency's identifier, the receipt date
 * as YYMMDD and a 4-digit sequence of that agency's day — `000.00.00.H26-250801-0001`. The template
 * is configurable; it must contain the agency, a date and the sequence, so that codes stay unique.
 */
export const DEFAULT_CODE_TEMPLATE = '{agency}-{yymmdd}-{seq4}';

const TOKENS = ['{agency}', '{yymmdd}', '{yyyymmdd}', '{seq4}', '{seq5}', '{seq6}'] as const;

export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  if (!template.includes('{agency}')) problems.push('Mẫu mã hồ sơ phải có {agency}');
  if (!/\{(yymmdd|yyyymmdd)\}/.test(template))
    problems.push('Mẫu mã hồ sơ phải có {yymmdd} hoặc {yyyymmdd}');
  if (!/\{seq[456]\}/.test(template))
    problems.push('Mẫu mã hồ sơ phải có {seq4}, {seq5} hoặc {seq6}');
  const unknown = (template.match(/\{[^}]*\}/g) ?? []).filter(
    (t) => !(TOKENS as readonly string[]).includes(t),
  );
  if (unknown.length > 0) problems.push(`Không hiểu: ${unknown.join(', ')}`);
  if (template.length > 60) problems.push('Mẫu mã hồ sơ quá dài');
  return problems;
}

/** Agency identifiers (QĐ 20/2020): up to 35 characters of 0-9, A-Z and dots. */
export const AGENCY_IDENTIFIER = /^[0-9A-Z.]{1,35}$/;

export class SequenceOverflow extends RangeError {
  constructor(readonly sequence: number) {
    super(`daily sequence ${sequence} does not fit the template`);
  }
}

/** `date` is the local receipt date (YYYY-MM-DD); `sequence` starts at 1 each day per agency. */
export function formatDossierCode(
  template: string,
  agency: string,
  date: string,
  sequence: number,
): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  return template.replace(/\{(agency|yymmdd|yyyymmdd|seq4|seq5|seq6)\}/g, (_, token: string) => {
    if (token === 'agency') return agency;
    if (token === 'yymmdd') return `${y.slice(2)}${m}${d}`;
    if (token === 'yyyymmdd') return `${y}${m}${d}`;
    const width = Number(token.slice(3));
    const text = String(sequence);
    if (sequence < 1 || text.length > width) throw new SequenceOverflow(sequence);
    return text.padStart(width, '0');
  });
}

/**
 * The code of a day with the sequence still open, for the database to fill in as it takes the
 * number: `000.00.00.H26-250801-{seq}`, and the width of the sequence.
 */
export function codePattern(
  template: string,
  agency: string,
  date: string,
): { pattern: string; width: number } {
  const match = /\{seq([456])\}/.exec(template);
  if (!match) throw new Error(`template without a sequence: ${template}`);
  const head = template.slice(0, match.index);
  const tail = template.slice(match.index + match[0].length);
  const fill = (part: string) => formatDossierCode(part, agency, date, 1);
  return { pattern: `${fill(head)}{seq}${fill(tail)}`, width: Number(match[1]) };
}
