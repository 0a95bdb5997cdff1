/** Identity inputs at the boundaries. */
import { z } from 'zod';
import { CalendarDate } from '../../platform/http/common-schemas.ts';
import { grantRoles } from './roles.ts';

/** The officer roles, plus the machine principals that submit for applicants. */
export const GrantRole = z.enum(grantRoles);

export const GrantInput = z.strictObject({
  role: GrantRole,
  agencyCode: z.string().min(3).max(35),
  includeSubtree: z.boolean().default(true),
  validFrom: CalendarDate.optional(),
  validTo: CalendarDate.optional(),
});
export type GrantInput = z.infer<typeof GrantInput>;

// The pattern is checked on what was sent (the published contract says so): surrounding spaces and
// capitals are accepted and stored trimmed and in lower case, so `a-z` after the transform.
export const Username = z
  .string()
  .regex(/^\s*[A-Za-z0-9._-]{3,64}\s*$/)
  .trim()
  .toLowerCase();

export const CreateOfficerInput = z.strictObject({
  username: Username,
  fullName: z.string().trim().min(2).max(120),
  title: z.string().trim().max(120).optional(),
  email: z.email().max(120).optional(),
  phone: z.string().regex(/^(\+84|0)[0-9]{8,10}$/, 'phone').optional(),
  password: z.string().min(1).max(200),
  grants: z.array(GrantInput).min(1).max(20),
});
export type CreateOfficerInput = z.infer<typeof CreateOfficerInput>;

export const LoginInput = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
  /** The 6-digit code of the authenticator app, for officers who turned on the second factor. */
  totpCode: z.string().regex(/^\d{6}$/, 'totpCode').optional(),
});

export const CreateApiClientInput = z.strictObject({
  name: z.string().trim().min(2).max(120),
  grants: z.array(GrantInput).min(1).max(20),
  tokenDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateApiClientInput = z.infer<typeof CreateApiClientInput>;
