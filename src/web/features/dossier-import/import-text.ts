import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/language.js';
import type { RunState } from './dossier-import-api.js';

/**
 * How the import page writes its figures: counts with the reader's separators ("12.345" in
 * Vietnamese, "12,345" in English), speeds with one decimal, and time left in whole minutes.
 */

const counts: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};
const decimals: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

export const countText = (n: number, language: Language) => counts[language].format(n);
export const decimalText = (n: number, language: Language) => decimals[language].format(n);

/** The run's percent (0–100, one decimal) as the reader writes it: "42,5%". */
export const percentText = (percent: number, language: Language) =>
  `${decimals[language].format(percent)}%`;

/** "còn khoảng 3 phút", "còn khoảng 1 giờ 5 phút", or under a minute. */
export function etaText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('dossierImport.runs.etaUnderMinute');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return t('dossierImport.runs.eta', { minutes });
  return t('dossierImport.runs.etaHours', {
    hours: Math.floor(minutes / 60),
    minutes: minutes % 60,
  });
}

/**
 * Dark shades, so that the white label keeps a contrast above 4.5:1 (WCAG 2.1 AA); the label
 * says the state in words, the colour only repeats it.
 */
export const STATE_COLOR: Record<RunState, string> = {
  running: 'blue.8',
  done: 'teal.9',
  failed: 'red.9',
  interrupted: 'orange.9',
};

export interface MapProblem {
  line: number | null;
  field: string | null;
  reason: string;
}

/**
 * The agency map's problems as the server words them (`field` "line 3: agency_code" or "line 1",
 * `message` the reason): problems of the whole file first, then by line.
 */
export function mapProblems(errors: readonly { field: string; message: string }[]): MapProblem[] {
  return errors
    .map((error) => {
      const match = /^line (\d+)(?::\s*(.+))?$/.exec(error.field.trim());
      return match
        ? { line: Number(match[1]), field: match[2] ?? null, reason: error.message }
        : { line: null, field: error.field || null, reason: error.message };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** "Dòng 3, agency_code: Bắt buộc", "Dòng 1: …". */
export function mapProblemText(t: TFunction, problem: MapProblem): string {
  if (problem.line === null)
    return problem.field
      ? t('dossierImport.agencyMap.problemField', {
          field: problem.field,
          reason: problem.reason,
        })
      : problem.reason;
  return problem.field
    ? t('dossierImport.agencyMap.problemLineField', {
        line: problem.line,
        field: problem.field,
        reason: problem.reason,
      })
    : t('dossierImport.agencyMap.problemLine', { line: problem.line, reason: problem.reason });
}
