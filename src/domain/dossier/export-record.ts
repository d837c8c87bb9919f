import type { ImportRecord } from './import-record.js';
import { CHANNEL_CODES, type DossierState, NATIONAL_STATUS_OF } from './states.js';

/** One entry of a dossier's history as motcua stores it. */
export interface ExportedEntry {
  at: number;
  action: string;
  to: DossierState;
  data: Record<string, unknown>;
}

export interface ExportSubject {
  source: string;
  code: string;
  procedureCode: string;
  receivingAgency: string;
  competentAgency: string;
  applicant: ImportRecord['applicant'];
  channel: 'counter' | 'online' | 'post';
  submittedAt: number;
  history: readonly ExportedEntry[];
  components?: ImportRecord['components'];
}

const iso = (t: number) => new Date(t).toISOString();
const isoOf = (v: unknown) =>
  typeof v === 'string' ? new Date(Date.parse(v)).toISOString() : null;

/**
 * A dossier's history written as a line of the interchange format (docs/dossier-import.md): the
 * national status after each change (repeats left out), supplementation, extensions and the result
 * taken from the entries that carry them. What motcua would hand to a system that follows it, and
 * how the benchmark and the round-trip test make files: importing the line gives the same
 * timeline as the history it came from.
 */
export function exportRecord(d: ExportSubject): ImportRecord {
  const statuses: ImportRecord['statuses'] = [];
  const supplements: ImportRecord['supplements'] = [];
  const extensions: ImportRecord['extensions'] = [];
  let result: ImportRecord['result'] = null;
  let receivedAt: string | null = null;
  let dueAt: string | null = null;
  let last = 0;
  for (const e of d.history) {
    const at = iso(e.at);
    switch (e.action) {
      case 'receive':
      case 'accept':
        receivedAt = isoOf(e.data.receivedAt) ?? at;
        dueAt = isoOf(e.data.dueAt);
        break;
      case 'request_supplement':
        if (e.to === 'awaiting_supplement') {
          const items = (e.data.items as { name: string }[] | undefined)?.map((i) => i.name);
          supplements.push({ requestedAt: at, ...(items?.length ? { items } : {}) });
        }
        break;
      case 'supplement': {
        const open = supplements.at(-1);
        if (open) {
          open.answeredAt = at;
          open.newDueAt = isoOf(e.data.dueAt);
        }
        break;
      }
      case 'request_extension':
        extensions.push({
          requestedAt: at,
          reason: String(e.data.reason ?? 'Gia hạn'),
          newDueAt: isoOf(e.data.proposedDueAt),
        });
        break;
      case 'decide_extension': {
        const asked = extensions.at(-1);
        if (asked) {
          asked.decidedAt = at;
          asked.approved = e.data.approved === true;
          asked.newDueAt =
            e.data.approved === true ? isoOf(e.data.dueAt) : (asked.newDueAt ?? null);
        }
        break;
      }
      case 'approve':
      case 'refuse_after_appraisal': {
        const file = (e.data.command as { fileSha256?: unknown } | undefined)?.fileSha256;
        result = {
          kind: e.action === 'approve' ? 'granted' : 'refused',
          decidedAt: at,
          documentCode: typeof e.data.documentCode === 'string' ? e.data.documentCode : null,
          fileSha256: typeof file === 'string' ? file : null,
          ...(e.action === 'refuse_after_appraisal'
            ? { reasons: (e.data.reasons as string[] | undefined) ?? [] }
            : {}),
        };
        break;
      }
      case 'return_result':
        if (result && !result.returnedAt) result.returnedAt = at;
        break;
    }
    const status = NATIONAL_STATUS_OF[e.to];
    if (status !== last) statuses.push({ at, status });
    last = status;
  }
  return {
    source: d.source,
    code: d.code,
    procedure: { code: d.procedureCode },
    receivingAgency: d.receivingAgency,
    competentAgency: d.competentAgency,
    applicant: d.applicant,
    channel: CHANNEL_CODES[d.channel],
    submittedAt: iso(d.submittedAt),
    receivedAt,
    dueAt,
    statuses,
    supplements,
    extensions,
    result,
    fees: [],
    ratings: [],
    components: d.components ?? [],
  };
}
