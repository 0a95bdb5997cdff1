/**
 * Dossier shapes at the boundaries: the applicant (owner, representative,
 * submitter), creation input, action inputs and the due-date explanation kept
 * with the dossier.
 */
import { z } from 'zod';
import { CalendarDate, CalendarInstant } from '../../platform/http/common-schemas.ts';
import { ApplicantType, Channel } from '../catalog/index.ts';

const phone = z.string().regex(/^(\+84|0)[0-9]{8,10}$/, 'phone');
const personalIdLike = z.string().regex(/^[0-9]{9}$|^[0-9]{12}$/, 'personalId');

export const Person = z.strictObject({
  fullName: z.string().trim().min(2).max(120),
  personalId: personalIdLike.optional(),
  passport: z.string().regex(/^[A-Z0-9]{6,12}$/).optional(),
  birthDate: z.iso.date().optional(),
  sex: z.enum(['male', 'female']).optional(),
  address: z.string().trim().min(3).max(300).optional(),
  phone: phone.optional(),
  email: z.email().max(120).optional(),
});
export type Person = z.infer<typeof Person>;

export const Organisation = z.strictObject({
  name: z.string().trim().min(2).max(250),
  taxCode: z.string().regex(/^[0-9]{10}(-[0-9]{3})?$/, 'taxCode'),
  address: z.string().trim().min(3).max(300).optional(),
  phone: phone.optional(),
  email: z.email().max(120).optional(),
});

export const Mandate = z.strictObject({
  document: z.string().trim().min(2).max(200),
  validUntil: CalendarDate.optional(),
});

export const Applicant = z.strictObject({
  type: ApplicantType,
  /** The owner when a citizen; the legal representative when an organisation. */
  person: Person,
  organisation: Organisation.optional(),
  /** Someone acting for the owner under a mandate (người được ủy quyền). */
  representative: z.strictObject({ person: Person, mandate: Mandate }).optional(),
});
export type Applicant = z.infer<typeof Applicant>;

export const DeliveryMethod = z.enum(['AT_DESK', 'BY_POST', 'ONLINE']);
export type DeliveryMethod = z.infer<typeof DeliveryMethod>;

export const DueExplanationStep = z.object({
  kind: z.string(),
  date: z.string().optional(),
  at: z.string().optional(),
  text: z.string(),
  textEn: z.string().optional(),
});
export type DueExplanationStep = z.infer<typeof DueExplanationStep>;

export { Channel };

export const ComponentInput = z.strictObject({
  code: z.string().min(1).max(40),
  provided: z.boolean().default(false),
  copyType: z.enum(['ORIGINAL', 'COPY', 'CERTIFIED_COPY']).optional(),
  quantity: z.number().int().min(1).max(20).optional(),
  reused: z.boolean().default(false),
  note: z.string().trim().max(500).optional(),
});

export const SubmitDossierInput = z.strictObject({
  procedureCode: z.string().regex(/^[1-9]\.\d{6}(\.[0-9A-Z.]+)?$/, 'procedureCode'),
  channel: Channel,
  /** Required when several agencies are competent (e.g. every commune for a commune procedure). */
  competentAgencyCode: z.string().min(3).max(35).optional(),
  /** Any desk in the province may receive (receipt regardless of boundaries); defaults to the competent agency's desk. */
  receivingDeskCode: z.string().min(3).max(40).optional(),
  applicant: Applicant,
  title: z.string().trim().min(3).max(500).optional(),
  formData: z.record(z.string().max(50), z.unknown()).default({}),
  components: z.array(ComponentInput).max(60).default([]),
  deliveryMethod: DeliveryMethod.default('AT_DESK'),
  deliveryAddress: z.string().trim().min(5).max(300).optional(),
  /** When the dossier was submitted on the national portal (integration clients only); starts the 8-hour intake clock. */
  submittedAt: CalendarInstant.optional(),
});
export type SubmitDossierInput = z.infer<typeof SubmitDossierInput>;
