/**
 * The server's zod contracts are the single source of the wire shapes; only their types are
 * imported, so zod never reaches the browser bundle.
 */
import type { z } from 'zod';
import type { Action } from '../../domain/access/permissions.js';
import type { Role } from '../../domain/access/roles.js';
import type { Unit } from '../../domain/calendar/deadline.js';
import type {
  Agency,
  AgencyKind,
  AgencyList,
} from '../../server/features/agencies/agencies.contract.js';
import type {
  ChangePasswordBody,
  LoginBody,
  SessionResponse,
  SessionUser,
} from '../../server/features/auth/auth.contract.js';
import type {
  DaysResponse,
  SetYearBody,
  YearView,
} from '../../server/features/calendar/calendar.contract.js';
import type {
  AbolishBody,
  CreateProcedureBody,
  DiffResult,
  DraftList,
  ProcedureDetail as ProcedureDetailSchema,
  PublishBody,
  SearchResult,
  SetProcessBody,
  UpdateDraftBody,
} from '../../server/features/catalog/catalog.contract.js';
import type {
  CreateUserBody,
  RoleGrantInput,
  SetRolesBody,
  UpdateUserBody,
  UserList,
  UserView,
} from '../../server/features/users/users.contract.js';

export type {
  Action,
  Agency,
  AgencyKind,
  ChangePasswordBody,
  LoginBody,
  Role,
  SessionResponse,
  SessionUser,
  Unit,
  UserView,
};
export type AgencyListResponse = z.infer<typeof AgencyList>;
export type UserListResponse = z.infer<typeof UserList>;
export type RoleGrant = z.infer<typeof RoleGrantInput>;
/** `input` because the server fills `roles` with [] when it is left out. */
export type CreateUserRequest = z.input<typeof CreateUserBody>;
export type UpdateUserRequest = z.infer<typeof UpdateUserBody>;
export type SetRolesRequest = z.infer<typeof SetRolesBody>;
export type CalendarDaysResponse = z.infer<typeof DaysResponse>;
export type CalendarDay = CalendarDaysResponse['days'][number];
export type DayKind = CalendarDay['kind'];
export type CalendarYearView = z.infer<typeof YearView>;
export type CalendarEntry = CalendarYearView['entries'][number];
export type SetCalendarYearRequest = z.infer<typeof SetYearBody>;
export type ProcedureSearchResponse = z.infer<typeof SearchResult>;
export type ProcedureDraftsResponse = z.infer<typeof DraftList>;
export type ProcedureSummary = ProcedureSearchResponse['items'][number];
export type ProcedureDetail = z.infer<typeof ProcedureDetailSchema>;
export type ProcedureVersionInfo = ProcedureDetail['versions'][number];
export type VersionState = ProcedureVersionInfo['state'];
export type ProcedureContent = ProcedureDetail['content'];
export type ProcedureLevel = ProcedureContent['level'];
export type OnlineLevel = ProcedureContent['onlineLevel'];
export type TimeLimit = ProcedureContent['timeLimit'];
export type ProcedureWay = ProcedureContent['ways'][number];
export type WayChannel = ProcedureWay['channel'];
export type WayFee = ProcedureWay['fees'][number];
export type FeeKind = WayFee['kind'];
export type ProcedureComponent = ProcedureContent['components'][number];
export type ApplicantType = ProcedureContent['applicantTypes'][number];
export type ProcedureProcess = ProcedureDetail['processes'][number];
export type ProcessStep = ProcedureProcess['steps'][number];
export type ProcedureDiffResponse = z.infer<typeof DiffResult>;
export type ProcedureChange = ProcedureDiffResponse['changes'][number];
/** `input` because the server fills the content's optional lists and nulls with defaults. */
export type CreateProcedureRequest = z.input<typeof CreateProcedureBody>;
export type UpdateDraftRequest = z.input<typeof UpdateDraftBody>;
export type SetProcessRequest = z.infer<typeof SetProcessBody>;
export type PublishRequest = z.infer<typeof PublishBody>;
export type AbolishRequest = z.infer<typeof AbolishBody>;
