/**
 * What a procedure version holds, as zod schemas: the public information the
 * law requires (components, fees, results, legal basis, target group) and the
 * e-form schema the portal renders and the server validates against.
 */
import { z } from 'zod';

export const CopyType = z.enum(['ORIGINAL', 'COPY', 'CERTIFIED_COPY']);
export const Channel = z.enum(['DESK', 'POST', 'PORTAL', 'DVCQG', 'KIOSK']);
export type Channel = z.infer<typeof Channel>;
export const DurationUnit = z.enum(['HOUR', 'WORKING_DAY', 'DAY', 'MONTH']);
export type DurationUnit = z.infer<typeof DurationUnit>;
export const OnlineLevel = z.enum(['FULL', 'PARTIAL', 'NONE']);
export const ProcedureLevel = z.enum(['CENTRAL', 'PROVINCE', 'COMMUNE']);
export const ApplicantType = z.enum(['CITIZEN', 'ORGANISATION']);

const code = z.string().regex(/^[A-Za-z0-9._-]{1,40}$/);

export const Component = z.strictObject({
  code,
  name: z.string().min(3).max(500),
  required: z.boolean(),
  copyType: CopyType,
  quantity: z.number().int().min(1).max(20),
  sampleForm: z.strictObject({ name: z.string().min(1).max(200), reference: z.string().max(200).optional() }).optional(),
  /** The component may be taken from the owner's data warehouse instead of uploaded. */
  acceptsReuse: z.boolean().default(false),
  /** Document type used to match warehouse items (e.g. "giay-khai-sinh"). */
  documentType: z.string().max(60).optional(),
  note: z.string().max(500).optional(),
  /** Office formats this component also accepts besides PDF and scanned images, and its own size limit. */
  upload: z
    .strictObject({
      officeFormats: z.array(z.enum(['docx', 'xlsx', 'odt', 'ods', 'doc', 'xls'])).max(6).optional(),
      maxMb: z.number().int().min(1).max(500).optional(),
    })
    .optional(),
});
export type Component = z.infer<typeof Component>;

export const Fee = z.strictObject({
  code,
  name: z.string().min(1).max(300),
  kind: z.enum(['FEE', 'CHARGE']),
  /** Integer VND. */
  amount: z.number().int().min(0).max(1_000_000_000),
  per: z.enum(['DOSSIER', 'COPY', 'PAGE', 'ITEM']).default('DOSSIER'),
  description: z.string().max(500).optional(),
});
export type Fee = z.infer<typeof Fee>;

export const ResultType = z.strictObject({
  code,
  name: z.string().min(1).max(300),
  electronic: z.boolean().default(true),
  /** Document type under which an issued result enters the owner's data warehouse, to be reused by later procedures. */
  documentType: z.string().max(60).optional(),
});

export const LegalBasis = z.strictObject({
  number: z.string().min(1).max(80),
  title: z.string().min(1).max(400),
  issuedOn: z.iso.date().optional(),
});

export const ProcedureDetails = z.strictObject({
  steps: z.array(z.string().min(1).max(1000)).min(1),
  channels: z.array(Channel).min(1),
  targetGroups: z.array(ApplicantType).min(1),
  targetDescription: z.string().max(500).optional(),
  requirements: z.string().max(2000).optional(),
  components: z.array(Component).max(60),
  fees: z.array(Fee).max(20),
  resultTypes: z.array(ResultType).min(1),
  legalBases: z.array(LegalBasis).min(1),
  /** Short description of the time limit as published, e.g. "05 ngày làm việc kể từ ngày nhận đủ hồ sơ". */
  durationText: z.string().max(300).optional(),
});
export type ProcedureDetails = z.infer<typeof ProcedureDetails>;

// ---------- e-form schema ----------

const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,49}$/);

/** A typed condition on another field's answer: no expressions are parsed. */
export const FieldCondition = z.strictObject({
  field: fieldName,
  op: z.enum(['equals', 'notEquals', 'in', 'isTrue', 'isFalse']),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
});
export type FieldCondition = z.infer<typeof FieldCondition>;

export const FormField = z.strictObject({
  name: fieldName,
  label: z.string().min(1).max(200),
  labelEn: z.string().max(200).optional(),
  type: z.enum([
    'text',
    'textarea',
    'number',
    'date',
    'select',
    'checkbox',
    'personalId',
    'taxCode',
    'phone',
    'email',
  ]),
  required: z.boolean().default(false),
  options: z.array(z.strictObject({ value: z.string().min(1).max(60), label: z.string().min(1).max(200) })).optional(),
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).max(10_000).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Where a value may be pre-filled from: an identity claim, an earlier dossier or the data warehouse. */
  prefill: z.enum(['owner.name', 'owner.personalId', 'owner.birthDate', 'owner.address', 'owner.phone', 'owner.email', 'organisation.taxCode', 'organisation.name']).optional(),
  showIf: FieldCondition.optional(),
  help: z.string().max(500).optional(),
});
export type FormField = z.infer<typeof FormField>;

export const FormPage = z.strictObject({
  id: fieldName,
  title: z.string().min(1).max(200),
  fields: z.array(FormField).min(1).max(60),
  showIf: FieldCondition.optional(),
});

export const EformSchema = z.strictObject({
  version: z.number().int().min(1),
  pages: z.array(FormPage).min(1).max(20),
});
export type EformSchema = z.infer<typeof EformSchema>;

// ---------- administration ----------

export const LifeEvent = z.enum(['birth', 'marriage', 'death', 'school', 'business', 'media', 'residence', 'documents']);

export const ProcedureVersionInput = z.strictObject({
  name: z.string().trim().min(5).max(500),
  fieldCode: z.string().min(2).max(40),
  level: ProcedureLevel,
  onlineLevel: OnlineLevel,
  lifeEvents: z.array(LifeEvent).default([]),
  durationAmount: z.number().int().min(0).max(3650),
  durationUnit: DurationUnit,
  serviceTargetAmount: z.number().int().min(0).max(3650).optional(),
  cutoffTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time').default('15:00'),
  supplementMode: z.enum(['RESTART', 'PAUSE']).default('RESTART'),
  paymentTiming: z.enum(['BEFORE_PROCESSING', 'BEFORE_RESULT', 'AT_RETURN']).default('BEFORE_RESULT'),
  details: ProcedureDetails,
  eform: EformSchema,
  workflow: z.strictObject({ key: z.string().min(2).max(64), version: z.number().int().min(1).max(1_000_000) }),
  competentAgencies: z.array(z.string().min(3).max(35)).min(1).max(500),
});
export type ProcedureVersionInput = z.input<typeof ProcedureVersionInput>;

export const ProcedureCode = z.string().regex(/^[1-9]\.\d{6}(\.[0-9A-Z.]+)?$/, 'procedureCode');
