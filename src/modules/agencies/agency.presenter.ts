/** Public shapes of agencies and desks. */
import { z } from 'zod';
import type { Agency, AgencySnapshot, Desk } from './agency-directory.ts';

export const AgencySummary = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const DeskView = z.object({ code: z.string(), name: z.string(), agencyCode: z.string(), address: z.string().nullable() });

export function presentAgency(a: Agency, agencies: AgencySnapshot): z.infer<typeof AgencySummary> {
  return {
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    level: a.level,
    parentCode: a.parentId ? (agencies.byId(a.parentId)?.code ?? null) : null,
    validFrom: a.validFrom,
    validTo: a.validTo,
  };
}

export function presentDesk(d: Desk, agencies: AgencySnapshot): z.infer<typeof DeskView> {
  return { code: d.code, name: d.name, agencyCode: agencies.byId(d.agencyId)?.code ?? '', address: d.address };
}
