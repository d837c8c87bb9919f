import { describe, expect, it } from 'vitest';
import { selectSuites } from '../../bench/select-suites.js';

const suites = [
  { name: 'dossiers: counter intake' },
  { name: 'dossiers: inbox' },
  { name: 'dossier import from a previous system' },
  { name: 'service index: a province year' },
];
const names = (filter: string | undefined) =>
  selectSuites(suites, filter).selected.map((s) => s.name);

describe('BENCH_SUITES', () => {
  it('runs every suite when unset or blank', () => {
    expect(names(undefined)).toHaveLength(4);
    expect(names(' , ')).toHaveLength(4);
  });

  it('runs the suites whose names contain one of the words, in their order, whatever the case', () => {
    expect(names('Import,intake')).toEqual([
      'dossiers: counter intake',
      'dossier import from a previous system',
    ]);
    expect(selectSuites(suites, 'import').unmatched).toEqual([]);
  });

  it('names every word that matches no suite, so the run stops instead of measuring nothing', () => {
    const selection = selectSuites(suites, 'dossier-import, inbox,lookpu');
    expect(selection.unmatched).toEqual(['dossier-import', 'lookpu']);
    expect(selection.selected.map((s) => s.name)).toEqual(['dossiers: inbox']);
  });
});
