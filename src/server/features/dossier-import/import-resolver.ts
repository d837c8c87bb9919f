import type { Unit } from '../../../domain/calendar/deadline.js';
import { localDate } from '../../../domain/calendar/local-date.js';
import { IMPORT_CHANNELS, type ImportRecord } from '../../../domain/dossier/import-record.js';
import type { ImportProblem } from '../../../domain/dossier/imported-history.js';
import { type InterAgency, legsOf } from '../../../domain/dossier/inter-agency.js';
import type { StepDef } from '../../../domain/dossier/processing.js';
import { providedChecklist } from '../dossiers/dossier-batch.queries.js';
import { processFor } from '../dossiers/dossier-intake.service.js';
import type { ProcedureVersionRow } from './dossier-import.queries.js';

/** What a line's procedure and agencies are here, and what its dossier copies of the catalog. */
export interface Resolved {
  receivingAgencyId: string;
  competentAgencyId: string;
  version: ProcedureVersionRow;
  /** What every dossier of this version, channel and process copies (the batch sends it once). */
  template: Template;
  timeLimit: { amount: number; unit: Unit };
  steps: StepDef[];
  interAgency: InterAgency | null;
  process: ReturnType<typeof processFor>;
}

export interface Template {
  /** Which dossiers share it: version, channel, process (and their own components, if any). */
  key: string;
  versionId: string;
  code: string;
  name: string;
  components: unknown[];
  timeLimit: { amount: number; unit: Unit };
  process: ReturnType<typeof processFor>;
}

/**
 * Turns a line's old identifiers and procedure into today's: agencies through the agency map (or
 * their own code), the procedure version by its number, else the one in force on the day of
 * receipt (submission if never received); a day before the catalog's first version takes that
 * first version, so that dossiers from before the catalog was loaded still find their procedure.
 */
export class ImportResolver {
  private readonly byCode = new Map<string, ProcedureVersionRow[]>();
  private readonly templates = new Map<string, Template>();
  /** Templates with a dossier's own components, by key: a file repeats a few lists many times. */
  readonly withComponents = new Map<string, Template>();

  constructor(
    private readonly agencies: Map<string, string>,
    versions: ProcedureVersionRow[],
  ) {
    for (const v of versions) {
      const list = this.byCode.get(v.national_code) ?? [];
      list.push(v);
      this.byCode.set(v.national_code, list);
    }
  }

  resolve(
    r: ImportRecord,
  ): { ok: true; resolved: Resolved } | { ok: false; problems: ImportProblem[] } {
    const problems: ImportProblem[] = [];
    const receivingAgencyId = this.agencies.get(r.receivingAgency);
    const competentAgencyId = this.agencies.get(r.competentAgency);
    if (!receivingAgencyId)
      problems.push({
        field: 'receivingAgency',
        reason: `Mã cơ quan "${r.receivingAgency}" không có trong danh sách cơ quan hay bảng chuyển đổi mã cơ quan cũ`,
      });
    if (!competentAgencyId)
      problems.push({
        field: 'competentAgency',
        reason: `Mã cơ quan "${r.competentAgency}" không có trong danh sách cơ quan hay bảng chuyển đổi mã cơ quan cũ`,
      });
    const versions = this.byCode.get(r.procedure.code);
    let version: ProcedureVersionRow | undefined;
    if (!versions) {
      problems.push({
        field: 'procedure.code',
        reason: `Thủ tục có mã "${r.procedure.code}" không có trong danh mục`,
      });
    } else if (r.procedure.version !== undefined) {
      version = versions.find((v) => v.version_no === r.procedure.version);
      if (!version)
        problems.push({
          field: 'procedure.version',
          reason: `Thủ tục "${r.procedure.code}" không có phiên bản ${r.procedure.version}`,
        });
    } else {
      version = versionOn(versions, localDate(new Date(r.receivedAt ?? r.submittedAt)));
    }
    if (problems.length > 0 || !version || !receivingAgencyId || !competentAgencyId)
      return { ok: false, problems };
    const channel = IMPORT_CHANNELS[r.channel];
    const way = version.content.ways.find((w) => w.channel === channel) ?? version.content.ways[0];
    const timeLimit = way?.timeLimit as { amount: number; unit: Unit } | undefined;
    if (!timeLimit)
      return {
        ok: false,
        problems: [
          { field: 'procedure.code', reason: 'Thủ tục trong danh mục chưa có thời hạn giải quyết' },
        ],
      };
    const plan = version.content.interAgency ?? null;
    const process = processFor(version.processes, competentAgencyId, plan);
    return {
      ok: true,
      resolved: {
        receivingAgencyId,
        competentAgencyId,
        version,
        template: this.templateOf(version, channel, timeLimit, process),
        timeLimit,
        steps: (process?.steps ?? []) as StepDef[],
        interAgency: legsOf(plan ?? undefined, competentAgencyId),
        process,
      },
    };
  }

  private templateOf(
    v: ProcedureVersionRow,
    channel: string,
    timeLimit: Template['timeLimit'],
    process: Template['process'],
  ): Template {
    const key = `${v.id} ${channel} ${process?.agencyId ?? '-'}`;
    let template = this.templates.get(key);
    if (!template) {
      template = {
        key,
        versionId: v.id,
        code: v.national_code,
        name: v.name,
        components: providedChecklist(v.content.components),
        timeLimit,
        process,
      };
      this.templates.set(key, template);
    }
    return template;
  }
}

/** The version in force on a day; else the first one after it; else the last one. */
function versionOn(versions: ProcedureVersionRow[], day: string): ProcedureVersionRow {
  const inForce = versions.filter(
    (v) =>
      (v.valid_from === null || v.valid_from <= day) && (v.valid_to === null || v.valid_to >= day),
  );
  if (inForce.length > 0) return inForce.at(-1) as ProcedureVersionRow;
  const later = versions.filter((v) => v.valid_from !== null && v.valid_from > day);
  return (later[0] ?? versions.at(-1)) as ProcedureVersionRow;
}
