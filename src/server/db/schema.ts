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
  id: ColumnType<number, number, never>;
  at: Timestamp;
  actor_type: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  agency_id: string | null;
  data: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface CalendarNoticesTable {
  year: number;
  reference: string;
  entries: ColumnType<unknown, string, string>;
  version: Generated<number>;
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

export interface DB {
  dossier_code_sequences: DossierCodeSequencesTable;
  catalog_words: CatalogWordsTable;
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
  procedure_processes: ProcedureProcessesTable;
  calendar_notices: CalendarNoticesTable;
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
