import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.js';

export const RoleGrantInput = z.strictObject({ role: z.enum(ROLES), agencyId: z.uuid() });

export const UserView = z
  .object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    agency: z.object({ id: z.uuid(), name: z.string() }),
    active: z.boolean(),
    lockedUntil: z.iso.datetime({ offset: true }).nullable(),
    roles: z.array(z.object({ role: z.enum(ROLES), agencyId: z.uuid(), agencyName: z.string() })),
    createdAt: z.iso.datetime({ offset: true }),
    version: z.number().int(),
  })
  .meta({ id: 'User' });
export type UserView = z.infer<typeof UserView>;

export const ListUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  agencyId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const UserList = z.object({
  items: z.array(UserView),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/, 'Chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang');

export const CreateUserBody = z.strictObject({
  username,
  fullName: z.string().trim().min(2).max(200),
  email: z.email().optional(),
  agencyId: z.uuid(),
  password: z.string().min(10).max(200),
  roles: z.array(RoleGrantInput).max(20).default([]),
});

export const UpdateUserBody = z.strictObject({
  version: z.number().int(),
  fullName: z.string().trim().min(2).max(200).optional(),
  email: z.email().nullable().optional(),
  active: z.boolean().optional(),
});

export const SetRolesBody = z.strictObject({
  version: z.number().int(),
  roles: z.array(RoleGrantInput).max(20),
});

export const ResetPasswordBody = z.strictObject({ newPassword: z.string().min(10).max(200) });

export const UserIdParams = z.strictObject({ id: z.uuid() });
