import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { countText, etaText, mapProblems, mapProblemText, percentText } from './import-text.js';

/** A stand-in for i18next's `t` that shows the key and its values. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('the import page’s figures', () => {
  it('writes counts and shares with the reader’s separators', () => {
    expect(countText(342000, 'vi')).toBe('342.000');
    expect(countText(342000, 'en')).toBe('342,000');
    expect(percentText(42.5, 'vi')).toBe('42,5%');
    expect(percentText(42.5, 'en')).toBe('42.5%');
  });

  it('gives the time left in whole minutes, rounded up, and in hours beyond an hour and a half', () => {
    expect(etaText(t, 0)).toBe('dossierImport.runs.etaUnderMinute');
    expect(etaText(t, 59)).toBe('dossierImport.runs.etaUnderMinute');
    expect(etaText(t, 60)).toBe('dossierImport.runs.eta {"minutes":1}');
    expect(etaText(t, 131)).toBe('dossierImport.runs.eta {"minutes":3}');
    expect(etaText(t, 89 * 60)).toBe('dossierImport.runs.eta {"minutes":89}');
    expect(etaText(t, 125 * 60)).toBe('dossierImport.runs.etaHours {"hours":2,"minutes":5}');
  });
});

describe('the agency map’s problems', () => {
  it('reads the line and the field out of the server’s field names: the whole file’s first, then by line', () => {
    const problems = mapProblems([
      { field: 'line 3: agency_code', message: 'Không có cơ quan hiện hành mang mã "X"' },
      { field: 'line 1', message: 'Dòng đầu phải là tiêu đề old_code,agency_code[,note]' },
      { field: 'body', message: 'Tệp rỗng' },
    ]);
    expect(problems).toEqual([
      { line: null, field: 'body', reason: 'Tệp rỗng' },
      { line: 1, field: null, reason: 'Dòng đầu phải là tiêu đề old_code,agency_code[,note]' },
      { line: 3, field: 'agency_code', reason: 'Không có cơ quan hiện hành mang mã "X"' },
    ]);
    expect(mapProblemText(t, problems[2] as (typeof problems)[number])).toBe(
      'dossierImport.agencyMap.problemLineField {"line":3,"field":"agency_code","reason":"Không có cơ quan hiện hành mang mã \\"X\\""}',
    );
  });
});
