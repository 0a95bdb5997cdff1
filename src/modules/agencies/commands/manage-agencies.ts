/**
 * An administrator adds an agency under one of theirs, edits its names and
 * address, or opens a one-stop desk. Codes are unique (a repeated submission
 * meets the code it already created: 409, nothing doubled). The directory
 * snapshot must be reloaded after commit.
 */
import { z } from 'zod';
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Agency, AgencySnapshot } from '../agency-directory.ts';
import { insertAgency, insertDesk, updateAgencyDetails } from '../agency-admin.repo.ts';

const code = z.string().regex(/^[0-9A-Z.]{3,35}$/, 'agencyCode');

export const NewAgencyInput = z.strictObject({
  code,
  name: z.string().trim().min(3).max(300),
  shortName: z.string().trim().max(120).optional(),
  kind: z.enum(['PEOPLES_COMMITTEE', 'MINISTRY', 'SERVICE_CENTRE', 'DEPARTMENT', 'DIVISION', 'POST', 'OFFICE', 'VERTICAL_UNIT']),
  address: z.string().trim().max(300).optional(),
  validFrom: z.iso.date(),
});
export type NewAgencyInput = z.infer<typeof NewAgencyInput>;

export const AgencyDetailsInput = z.strictObject({
  name: z.string().trim().min(3).max(300),
  shortName: z.string().trim().max(120).optional(),
  address: z.string().trim().max(300).optional(),
});

export const NewDeskInput = z.strictObject({ code, name: z.string().trim().min(3).max(300), address: z.string().trim().max(300).optional(), validFrom: z.iso.date() });
export type NewDeskInput = z.infer<typeof NewDeskInput>;

export async function createAgency(tx: Executor, agencies: AgencySnapshot, parent: Agency, input: NewAgencyInput): Promise<{ id: string }> {
  if (agencies.byCode(input.code) || agencies.desk(input.code)) throw new ConflictError('officeAdmin.agencies.codeTaken', { code: input.code });
  const id = newId();
  await insertAgency(tx, {
    id,
    code: input.code,
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    level: parent.level,
    parentId: parent.id,
    path: `${parent.path}${id}/`,
    adminUnitId: parent.adminUnitId,
    calendarCode: parent.calendarCode,
    address: input.address ?? null,
    validFrom: input.validFrom,
  });
  return { id };
}

export async function editAgency(tx: Executor, agency: Agency, input: z.infer<typeof AgencyDetailsInput>): Promise<void> {
  await updateAgencyDetails(tx, agency.id, { name: input.name, shortName: input.shortName ?? null, address: input.address ?? null });
}

export async function createDesk(tx: Executor, agencies: AgencySnapshot, agency: Agency, input: NewDeskInput): Promise<{ id: string }> {
  if (agencies.desk(input.code) || agencies.byCode(input.code)) throw new ConflictError('officeAdmin.agencies.codeTaken', { code: input.code });
  const id = newId();
  await insertDesk(tx, { id, code: input.code, name: input.name, agencyId: agency.id, address: input.address ?? null, adminUnitId: agency.adminUnitId, validFrom: input.validFrom });
  return { id };
}
