import type { ColumnType, Generated, Selectable } from 'kysely';

/** Table types as Kysely sees them. Keep in step with migrations/. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns are read as 'YYYY-MM-DD' strings (see the type parsers in database.ts). */
type DateOnly = ColumnType<string, string, string>;

export interface AgenciesTable {
  id: Generated<string>;
  parent_id: string | null;
  path: string;
  kind: string;
  name: string;
  short_name: string | null;
  code: string;
  code_is_placeholder: Generated<boolean>;
  admin_unit_code: string | null;
  valid_from: DateOnly;
  valid_to: DateOnly | null;
  merged_into_id: string | null;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface AgencyNamesTable {
  agency_id: string;
  valid_from: DateOnly;
  name: string;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  email: string | null;
  agency_id: string;
  password_hash: string;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  password_changed_at: DefaultTimestamp;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface RoleGrantsTable {
  user_id: string;
  role: string;
  agency_id: string;
  created_at: DefaultTimestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: DefaultTimestamp;
  last_seen_at: DefaultTimestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<string>;
  name: string;
  token_hash: string;
  agency_id: string;
  scopes: string[];
  created_by: string | null;
  created_at: DefaultTimestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  description: string | null;
  updated_at: DefaultTimestamp;
}

export interface AuditLogTable {
  id: ColumnType<number, number | undefined, never>;
  /** Place in the hash chain, given by the sealer after commit; null until then. */
  seq: ColumnType<number | null, never, number>;
  at: Timestamp;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  agency_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
}

export interface CalendarNoticesTable {
  year: number;
  reference: string;
  entries: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

/** A version of the service index's scheme (migration 0018); `groups` as IndexScheme has them. */
export interface IndexSchemesTable {
  id: Generated<string>;
  version_name: string;
  valid_from: DateOnly;
  source: string;
  groups: ColumnType<unknown, string, string>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  created_by: string | null;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

/** A version of the plan's targets (migration 0018); `targets` as PlanTargets has them. */
export interface PlanTargetsTable {
  id: Generated<string>;
  version_name: string;
  valid_from: DateOnly;
  source: string;
  targets: ColumnType<unknown, string, string>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  created_by: string | null;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface ProceduresTable {
  id: Generated<string>;
  national_code: string;
  created_at: DefaultTimestamp;
}

export interface ProcedureVersionsTable {
  id: Generated<string>;
  procedure_id: string;
  version_no: number;
  state: string;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  content: ColumnType<unknown, string, string>;
  name: string;
  search_key: string;
  field: string;
  level: string;
  online_level: string;
  competent_agency_id: string | null;
  row_version: Generated<number>;
  created_at: DefaultTimestamp;
  created_by: string | null;
  published_at: Timestamp | null;
  published_by: string | null;
}

export interface ProcedureProcessesTable {
  procedure_version_id: string;
  agency_key: string;
  agency_id: string | null;
  steps: ColumnType<unknown, string, string>;
}

export interface CatalogWordsTable {
  word: string;
  uses: number;
}

export interface DossierCodeSequencesTable {
  agency_id: string;
  day: DateOnly;
  last_value: number;
}

type Json<T = unknown> = ColumnType<T, string, string>;
type Identity = ColumnType<number, never, never>;

export interface DossiersTable {
  id: Generated<string>;
  code: string | null;
  state: string;
  national_status: number;
  version: Generated<number>;
  channel: string;
  return_channel: string;
  procedure_version_id: string;
  procedure_code: string;
  procedure_name: string;
  receiving_agency_id: string;
  competent_agency_id: string;
  applicant: Json;
  applicant_name: string;
  applicant_id_number: string | null;
  applicant_phone: string | null;
  components: Json;
  process: Json | null;
  time_limit: Json;
  submitted_at: Timestamp;
  received_at: Timestamp | null;
  due_at: Timestamp | null;
  transfer_due_at: Timestamp | null;
  acceptance_due_at: Timestamp | null;
  postal: Json | null;
  outcome: Json | null;
  external_system: string | null;
  external_id: string | null;
  external_code: string | null;
  content_hash: string | null;
  created_by: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  handler_id: ColumnType<string | null, string | null | undefined, string | null>;
  step_index: ColumnType<number | null, number | null | undefined, number | null>;
  step_started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  step_due_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  clock_started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  processing: ColumnType<unknown, string | undefined, string>;
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  returned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  holding_agency_ids: ColumnType<string[], string[] | undefined, string[]>;
  /** The on-time rule's view of the history (migration 0015); null before the first change. */
  timeline: ColumnType<unknown, string | undefined, string>;
}

export interface DossierRollupsTable {
  agency_id: string;
  day: ColumnType<string, string, string>;
  procedure_code: string;
  channel: string;
  received: ColumnType<number, number | undefined, number>;
  finished_early: ColumnType<number, number | undefined, number>;
  finished_on_time: ColumnType<number, number | undefined, number>;
  finished_late: ColumnType<number, number | undefined, number>;
  open: ColumnType<number, number | undefined, number>;
  open_late: ColumnType<number, number | undefined, number>;
  open_waiting: ColumnType<number, number | undefined, number>;
  shard: ColumnType<number, number | undefined, number>;
  supplemented: ColumnType<number, number | undefined, number>;
  digitised: ColumnType<number, number | undefined, number>;
  granted: ColumnType<number, number | undefined, number>;
  e_results: ColumnType<number, number | undefined, number>;
  online_e_results: ColumnType<number, number | undefined, number>;
}

export interface DossierRollupTotalsTable {
  agency_id: string;
  first_day: ColumnType<string, string, string>;
  last_day: ColumnType<string, string, string>;
  received: number;
  finished_early: number;
  finished_on_time: number;
  finished_late: number;
  open: number;
  open_late: number;
  open_waiting: number;
  supplemented: number;
  digitised: number;
  granted: number;
  e_results: number;
  online_e_results: number;
}

export interface AgencyImportMapTable {
  old_code: string;
  agency_id: string;
  note: string | null;
  updated_at: DefaultTimestamp;
  updated_by: string | null;
}

export interface DossierImportRunsTable {
  id: Generated<string>;
  file_name: string;
  state: Generated<string>;
  started_by: string | null;
  started_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  finished_at: Timestamp | null;
  bytes_total: ColumnType<string | null, number | null | undefined, number | null>;
  bytes_read: ColumnType<string, number | undefined, number>;
  lines: Generated<number>;
  imported: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  truncated: Generated<boolean>;
  error: string | null;
}

export interface DossierImportRejectsTable {
  run_id: string;
  line: number;
  problems: Json;
  text: string;
}

export interface DossierRollupHorizonTable {
  only_row: Generated<boolean>;
  totals_before: ColumnType<string | null, string | null, string | null>;
}

export interface DossierEventsTable {
  id: Identity;
  dossier_id: string;
  at: Timestamp;
  action: string;
  from_state: string | null;
  to_state: string;
  national_status: number;
  actor_type: string;
  actor_id: string | null;
  data: Json;
}

export interface StoredFilesTable {
  sha256: string;
  size: number;
  media_type: string;
  created_at: DefaultTimestamp;
  created_by: string | null;
}

export interface DossierFilesTable {
  dossier_id: string;
  component_index: number;
  position: number;
  sha256: string;
  name: string;
}

export interface OutboxTable {
  id: Identity;
  topic: string;
  key: string;
  payload: Json;
  created_at: DefaultTimestamp;
  available_at: DefaultTimestamp;
  attempts: Generated<number>;
  state: Generated<string>;
  last_error: string | null;
  done_at: Timestamp | null;
}

export interface NotificationsTable {
  id: Identity;
  user_id: string;
  kind: string;
  dossier_id: string | null;
  title: string;
  created_at: DefaultTimestamp;
  read_at: Timestamp | null;
}

export interface IdempotencyKeysTable {
  actor: string;
  key: string;
  request_hash: string;
  status: number;
  response: Json;
  created_at: DefaultTimestamp;
}

export interface ReferenceRevisionsTable {
  name: string;
  revision: number;
}

export interface DossierAlertsTable {
  dossier_id: string;
  kind: 'likely_late' | 'overdue' | 'acceptance_overdue';
  due_at: Timestamp;
  at: DefaultTimestamp;
}

export interface CitizenDocumentsTable {
  id: string;
  owner_id_number: string;
  document_code: string;
  result_type_code: string;
  title: string;
  file_sha256: string;
  dossier_id: string;
  issuing_agency_id: string;
  issued_at: Timestamp;
  replaced_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  replaced_by: ColumnType<string | null, string | null | undefined, string | null>;
  replacement_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface DB {
  dossier_alerts: DossierAlertsTable;
  citizen_documents: CitizenDocumentsTable;
  reference_revisions: ReferenceRevisionsTable;
  dossiers: DossiersTable;
  dossier_events: DossierEventsTable;
  dossier_rollups: DossierRollupsTable;
  dossier_rollup_totals: DossierRollupTotalsTable;
  dossier_rollup_horizon: DossierRollupHorizonTable;
  agency_import_map: AgencyImportMapTable;
  dossier_import_runs: DossierImportRunsTable;
  dossier_import_rejects: DossierImportRejectsTable;
  stored_files: StoredFilesTable;
  dossier_files: DossierFilesTable;
  outbox: OutboxTable;
  notifications: NotificationsTable;
  idempotency_keys: IdempotencyKeysTable;
  dossier_code_sequences: DossierCodeSequencesTable;
  catalog_words: CatalogWordsTable;
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
  procedure_processes: ProcedureProcessesTable;
  calendar_notices: CalendarNoticesTable;
  index_schemes: IndexSchemesTable;
  plan_targets: PlanTargetsTable;
  agencies: AgenciesTable;
  agency_names: AgencyNamesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
  audit_log: AuditLogTable;
}

export type AgencyRow = Selectable<AgenciesTable>;
export type UserRow = Selectable<UsersTable>;
