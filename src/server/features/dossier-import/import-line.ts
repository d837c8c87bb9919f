import { createHash, randomUUID } from 'node:crypto';
import { type ZodError, z } from 'zod';
import { dueDate } from '../../../domain/calendar/deadline.js';
import { IMPORT_CHANNELS, ImportRecord } from '../../../domain/dossier/import-record.js';
import {
  type ImportContext,
  type ImportProblem,
  importedHistory,
} from '../../../domain/dossier/imported-history.js';
import { FINISHED_STATES, NATIONAL_STATUS_OF } from '../../../domain/dossier/states.js';
import { contributions } from '../../../domain/indicators/contributions.js';
import { timelineOf } from '../../../domain/indicators/timeline.js';
import { columnsOf } from '../dossiers/dossier-facts.js';
import { type RollupRow, rollupRows } from '../indicators/rollup-change.js';
import type { ImportResolver, Template } from './import-resolver.js';

// The import runs from the command line too, where app.ts (which sets this) is not loaded.
z.config(z.locales.vi());

/** A line ready to write: the dossier row, its history and its rollup rows. */
export interface ImportRow {
  line: number;
  /** The line as read, for the reject file if it clashes when written. */
  text: string;
  /** What the dossier copies with others (procedure, process, its checklist or components). */
  template: Template;
  code: string;
  source: string;
  hash: string;
  row: Record<string, unknown>;
  history: Record<string, unknown>[];
  rollup: RollupRow[];
}

export type LineOutcome =
  | { ok: true; row: ImportRow }
  /** `malformed`: not JSON at all (the last line of a file cut short is). */
  | { ok: false; problems: ImportProblem[]; malformed?: true };

/**
 * The applicant as the dossier keeps it (dossiers.contract.ts ImportedApplicant): only what the
 * old system had; an organisation's number is its tax code.
 */
function importedApplicant(a: ImportRecord['applicant']) {
  const number = a.idNumber || undefined;
  return {
    kind: a.kind,
    name: a.name,
    ...(number ? (a.kind === 'citizen' ? { idNumber: number } : { taxCode: number }) : {}),
    ...(a.address ? { address: a.address } : {}),
    ...(a.phone ? { phone: a.phone } : {}),
    ...(a.email ? { email: a.email } : {}),
    proxy: null,
  };
}

/** `statuses[2].at` for the path ['statuses', 2, 'at']. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function zodProblems(error: ZodError): ImportProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key]),
          reason: 'Trường không có trong định dạng trao đổi',
        }))
      : [{ field: fieldOf(issue.path), reason: issue.message }],
  );
}

/**
 * The catalog's checklist, or the components the old system listed with whether each was
 * digitised or reused: dossiers with the same list share one template in the batch.
 */
function templateOf(
  resolver: ImportResolver,
  base: Template,
  components: ImportRecord['components'],
): Template {
  if (components.length === 0) return base;
  let key = base.key;
  // Each name with its length first: no name can make two lists read the same.
  for (const c of components)
    key += ` ${c.name.length}:${c.name}${c.digitised ? 1 : 0}${c.reused ? 1 : 0}`;
  let template = resolver.withComponents.get(key);
  if (!template) {
    const list = components.map((c, index) => ({
      index,
      name: c.name,
      mandatory: false,
      provided: true,
      originals: 0,
      copies: 0,
      files: [],
      note: null,
      digitised: c.digitised,
      reused: c.reused,
    }));
    template = { ...base, key, components: list };
    if (resolver.withComponents.size > 10_000) resolver.withComponents.clear();
    resolver.withComponents.set(key, template);
  }
  return template;
}

/** Instants as ISO text, each written once per line (a dossier's columns repeat its history's). */
const written = new Map<number, string>();
/**
 * What the content hash covers changes with the format: a new version of the schema (a default,
 * an order of fields) gets a new prefix, and lines of older imports compare as they were read.
 */
const HASH_VERSION = 'motcua.import/1\n';

const iso = (t: number | null | undefined) => {
  if (t === null || t === undefined) return null;
  let text = written.get(t);
  if (text === undefined) {
    text = new Date(t).toISOString();
    if (written.size > 10_000) written.clear();
    written.set(t, text);
  }
  return text;
};

/**
 * One line of the file: parsed, checked against the format, its agencies and procedure found,
 * its history walked through the state machine, and turned into what the batch writes. Every
 * problem of the line, each with its field; nothing is written for a line with any.
 */
export function importLine(
  text: string,
  line: number,
  resolver: ImportResolver,
  ctx: Omit<ImportContext, 'timeLimit' | 'steps'>,
): LineOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      malformed: true,
      problems: [{ field: '', reason: `Không phải JSON hợp lệ: ${(error as Error).message}` }],
    };
  }
  const parsed = ImportRecord.safeParse(value);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const r = parsed.data;
  // The checked record, keys in the schema's order: the same content whatever the key order. JSON
  // writes a NUL or half of a UTF-16 pair as an escape, and PostgreSQL refuses both in jsonb.
  const canonical = JSON.stringify(r);
  if (/\\u0000|\\ud[89a-f]/i.test(canonical))
    return {
      ok: false,
      problems: [
        { field: '', reason: 'Có ký tự không hợp lệ (NUL hoặc nửa cặp UTF-16) trong một trường' },
      ],
    };
  const found = resolver.resolve(r);
  if (!found.ok) return found;
  const { resolved } = found;
  const walked = importedHistory(r, {
    ...ctx,
    timeLimit: resolved.timeLimit,
    steps: resolved.steps,
    interAgency: resolved.interAgency,
  });
  if (!walked.ok) return walked;
  const { entries, facts, state } = walked.history;
  const id = randomUUID();
  const timeline = facts ? timelineOf(entries) : null;
  const columns = facts ? columnsOf(facts) : null;
  const channel = IMPORT_CHANNELS[r.channel];
  const actor = `import:${r.source}`;
  // What the system has no place for yet (fees, ratings) stays with the first entry of the history.
  const first = entries[0];
  if (first)
    first.data = {
      ...first.data,
      import: { source: r.source, code: r.code, fees: r.fees, ratings: r.ratings },
    };
  const row = {
    id,
    code: r.code,
    // Set by the batch: the index of this dossier's template among the batch's.
    procedure: -1,
    state,
    national_status: NATIONAL_STATUS_OF[state],
    version: Math.max(1, entries.length),
    channel,
    return_channel: IMPORT_CHANNELS[r.returnChannel ?? r.channel],
    receiving_agency_id: resolved.receivingAgencyId,
    competent_agency_id: resolved.competentAgencyId,
    applicant: importedApplicant(r.applicant),
    applicant_name: r.applicant.name,
    applicant_id_number: r.applicant.idNumber || null,
    applicant_phone: r.applicant.phone || null,
    submitted_at: r.submittedAt,
    received_at: iso(facts?.receivedAt),
    due_at: iso(facts?.dueAt),
    handler_id: null,
    step_index: columns?.step_index ?? null,
    step_started_at: iso(facts?.stepStartedAt),
    step_due_at: iso(facts?.stepDueAt),
    clock_started_at: iso(facts?.clockStartedAt),
    // Finished in the old system: kept to be read (states.ts isReadOnlyImport).
    // An online dossier still to be answered: 8 working hours from its arrival (domain.md §4).
    acceptance_due_at:
      state === 'awaiting_acceptance'
        ? iso(dueDate(ctx.calendar, entries.at(-1)?.at as number, 8, 'working_hours'))
        : null,
    processing: {
      ...(columns?.processing ?? {}),
      ...(FINISHED_STATES.includes(state) ? { finishedElsewhere: true } : {}),
    },
    decided_at: iso(facts?.result?.decidedAt),
    returned_at: iso(facts?.returnedAt),
    updated_at: iso(entries.at(-1)?.at) ?? r.submittedAt,
    timeline,
    external_system: r.source,
    external_id: r.code,
    external_code: r.code,
    content_hash: createHash('sha256').update(HASH_VERSION).update(canonical).digest('hex'),
  };
  return {
    ok: true,
    row: {
      line,
      text,
      template: templateOf(resolver, resolved.template, r.components),
      code: r.code,
      source: r.source,
      hash: row.content_hash,
      row,
      history: entries.map((e, seq) => ({
        dossier_id: id,
        seq,
        at: iso(e.at),
        action: e.action,
        from_state: e.from,
        to_state: e.to,
        national_status: e.nationalStatus,
        actor_id: actor,
        data: e.data,
      })),
      rollup: timeline
        ? rollupRows(
            {
              agencyId: resolved.competentAgencyId,
              procedureCode: resolved.version.national_code,
              channel,
            },
            contributions(timeline),
          )
        : [],
    },
  };
}
