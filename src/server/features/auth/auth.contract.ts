import { z } from 'zod';
import { ACTIONS } from '../../../domain/access/permissions.js';
import { ROLES } from '../../../domain/access/roles.js';

export const LoginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const RoleGrantView = z.object({
  role: z.enum(ROLES),
  agencyId: z.uuid(),
  agencyName: z.string(),
});

export const SessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  agency: z.object({ id: z.uuid(), name: z.string() }),
  roles: z.array(RoleGrantView),
  permissions: z.array(z.enum(ACTIONS)).describe('Actions the user may do somewhere'),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z
  .object({
    user: SessionUser,
    csrfToken: z.string().describe('Send back as the X-CSRF-Token header on every change'),
  })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'motcua_session';
