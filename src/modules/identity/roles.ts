/**
 * The roles an officer can hold (DOMAIN §1.1). Identity owns the list: grants,
 * actors and scopes are built from it, and the workflow names the role each
 * step needs from the same list.
 */
import { z } from 'zod';

export const officerRoles = [
  'DESK_OFFICER',
  'SPECIALIST',
  'DEPARTMENT_HEAD',
  'LEADER',
  'RECORDS_CLERK',
  'SUPERVISOR',
  'ADMIN',
  'POSTAL_AGENT',
  // Runs the service (health details, metrics): sees counts and timings, never a dossier (ADR 0024).
  'OPERATOR',
] as const;
export const OfficerRole = z.enum(officerRoles);
export type OfficerRole = z.infer<typeof OfficerRole>;

/** What a grant may name: an officer role, or a machine principal that submits for applicants. */
export const grantRoles = [...officerRoles, 'INTEGRATION', 'KIOSK'] as const;
export type GrantRole = (typeof grantRoles)[number];
