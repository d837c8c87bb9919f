import { describe, expect, it } from 'vitest';
import { CatalogDocument } from '../../domain/catalog/procedure.js';
import { procedureProblems, processProblems } from '../../domain/catalog/rules.js';
import { DEMO_CATALOG } from './demo-catalog.js';
import { bacNinhOrganisation } from './organisation.js';

describe('demo catalog', () => {
  const doc = CatalogDocument.parse(DEMO_CATALOG);

  it('parses against the catalog schema', () => {
    expect(doc.format).toBe('motcua.catalog/1');
  });

  it('breaks no cross-field rule', () => {
    const problems = doc.procedures.flatMap((p) => [
      ...procedureProblems(p.content).map((x) => `${p.nationalCode} ${x.path}: ${x.message}`),
      ...p.processes.flatMap((proc) =>
        processProblems(proc, p.content.timeLimit).map(
          (x) => `${p.nationalCode} process ${x.path}: ${x.message}`,
        ),
      ),
    ]);
    expect(problems).toEqual([]);
  });

  it('has one process per procedure with 3–6 steps', () => {
    const bad = doc.procedures
      .filter(
        (p) =>
          p.processes.length !== 1 ||
          p.processes.some((x) => x.steps.length < 3 || x.steps.length > 6),
      )
      .map((p) => p.nationalCode);
    expect(bad).toEqual([]);
  });

  it('is big and varied enough', () => {
    expect(doc.procedures.length).toBeGreaterThanOrEqual(40);
    const levels = new Set(doc.procedures.map((p) => p.content.level));
    expect(levels).toContain('commune');
    expect(levels).toContain('province');
    const fields = new Set(doc.procedures.map((p) => p.content.field));
    expect(fields.size).toBeGreaterThanOrEqual(10);
  });

  it('has unique national codes', () => {
    const codes = doc.procedures.map((p) => p.nationalCode);
    const dup = codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(dup).toEqual([]);
  });

  it('refers only to agencies of the organisation', () => {
    const known = new Set(bacNinhOrganisation().map((a) => a.id));
    const unknown: string[] = [];
    for (const p of doc.procedures) {
      const c = p.content;
      const ids = [
        c.competentAgency.kind === 'agency' ? c.competentAgency.agencyId : null,
        c.interAgency?.leadAgencyId ?? null,
        ...(c.interAgency?.agencies.map((a) => a.agencyId) ?? []),
        ...p.processes.flatMap((x) => [x.agencyId, ...x.steps.map((s) => s.agencyId)]),
      ];
      for (const id of ids) if (id && !known.has(id)) unknown.push(`${p.nationalCode}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });
});
