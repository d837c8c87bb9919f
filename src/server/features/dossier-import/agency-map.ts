import type { ImportProblem } from '../../../domain/dossier/imported-history.js';

export interface AgencyMapEntry {
  line: number;
  oldCode: string;
  agencyCode: string;
  note: string | null;
}

/** One field of a CSV line (RFC 4180: quotes around a field, "" for a quote inside). */
function fields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else value += line[i++];
      }
      out.push(value);
      i = line.indexOf(',', i) === -1 ? line.length + 1 : line.indexOf(',', i) + 1;
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return out.map((f) => f.trim());
}

/**
 * The agency map as a CSV file with a header `old_code,agency_code[,note]`: each old identifier
 * (a district, an old commune, an old department of either province) and the code of today's
 * agency that took over its dossiers. Every problem by line number.
 */
export function readAgencyMap(text: string): {
  entries: AgencyMapEntry[];
  problems: (ImportProblem & { line: number })[];
} {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = fields(lines[0] ?? '').map((h) => h.toLowerCase());
  const problems: (ImportProblem & { line: number })[] = [];
  const oldAt = header.indexOf('old_code');
  const newAt = header.indexOf('agency_code');
  const noteAt = header.indexOf('note');
  if (oldAt === -1 || newAt === -1)
    return {
      entries: [],
      problems: [
        { line: 1, field: '', reason: 'Dòng đầu phải là tiêu đề old_code,agency_code[,note]' },
      ],
    };
  const entries: AgencyMapEntry[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const f = fields(raw);
    const oldCode = f[oldAt] ?? '';
    const agencyCode = f[newAt] ?? '';
    if (!oldCode || oldCode.length > 60)
      problems.push({ line, field: 'old_code', reason: 'Bắt buộc, tối đa 60 ký tự' });
    if (!agencyCode) problems.push({ line, field: 'agency_code', reason: 'Bắt buộc' });
    const earlier = seen.get(oldCode);
    if (oldCode && earlier !== undefined)
      problems.push({ line, field: 'old_code', reason: `Trùng với dòng ${earlier}` });
    seen.set(oldCode, line);
    if (oldCode && agencyCode && earlier === undefined)
      entries.push({
        line,
        oldCode,
        agencyCode,
        note: (noteAt === -1 ? '' : (f[noteAt] ?? '')) || null,
      });
  });
  return { entries, problems };
}
