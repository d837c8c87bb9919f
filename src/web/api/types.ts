/**
 * The server's zod contracts are the single source of the wire shapes; only their types are
 * imported, so zod never reaches the browser bundle.
 */
import type { z } from 'zod';
import type { Action } from '../../domain/access/permissions.js';
import type { Role } from '../../domain/access/roles.js';
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
