/** Inputs of agency administration, shared by the API and the administration pages. */
import { z } from 'zod';

const code = z.string().regex(/^[0-9A-Z.]{3,35}$/, 'agencyCode');

export const AgencyKind = z.enum(['PEOPLES_COMMITTEE', 'MINISTRY', 'SERVICE_CENTRE', 'DEPARTMENT', 'DIVISION', 'POST', 'OFFICE', 'VERTICAL_UNIT']);

export const NewAgencyInput = z.strictObject({
  code,
  name: z.string().trim().min(3).max(300),
  shortName: z.string().trim().max(120).optional(),
  kind: AgencyKind,
  address: z.string().trim().max(300).optional(),
  validFrom: z.iso.date(),
});
export type NewAgencyInput = z.infer<typeof NewAgencyInput>;

export const AgencyDetailsInput = z.strictObject({
  name: z.string().trim().min(3).max(300),
  shortName: z.string().trim().max(120).optional(),
  address: z.string().trim().max(300).optional(),
});
export type AgencyDetailsInput = z.infer<typeof AgencyDetailsInput>;

export const NewDeskInput = z.strictObject({ code, name: z.string().trim().min(3).max(300), address: z.string().trim().max(300).optional(), validFrom: z.iso.date() });
export type NewDeskInput = z.infer<typeof NewDeskInput>;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time');

/** An agency's own office hours: weekdays (1 = Monday … 7 = Sunday) and ordered, non-overlapping intervals. */
export const WorkingHoursInput = z
  .strictObject({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    intervals: z.array(z.tuple([hhmm, hhmm])).min(1).max(4),
  })
  .refine((h) => h.intervals.every(([a, b], i) => a < b && (i === 0 || h.intervals[i - 1]![1] <= a)), {
    message: 'officeIntervals',
    path: ['intervals'],
  });
