/** The public view of a procedure version: everything the law requires to be published (Decree 63/2010 Art. 8). */
import { z } from 'zod';
import type { AgencySnapshot } from '../agencies/index.ts';
import { Component, EformSchema, Fee, LegalBasis, ResultType } from './catalog.schemas.ts';
import { legalLimitText } from './legal-limit.ts';
import type { LoadedVersion } from './procedure-store.ts';

export const ProcedureView = z.object({
  code: z.string(),
  name: z.string(),
  field: z.object({ code: z.string() }),
  level: z.string(),
  onlineLevel: z.enum(['FULL', 'PARTIAL', 'NONE']),
  lifeEvents: z.array(z.string()),
  version: z.number(),
  status: z.string(),
  publishedAt: z.string().nullable(),
  timeLimit: z.object({ amount: z.number(), unit: z.string(), text: z.string(), published: z.string().nullable() }),
  cutoffTime: z.string(),
  supplementMode: z.string(),
  paymentTiming: z.string(),
  competentAgencies: z.array(z.object({ code: z.string(), name: z.string() })),
  steps: z.array(z.string()),
  channels: z.array(z.string()),
  targetGroups: z.array(z.string()),
  targetDescription: z.string().nullable(),
  requirements: z.string().nullable(),
  components: z.array(Component),
  fees: z.array(Fee),
  feeTotal: z.number(),
  resultTypes: z.array(ResultType),
  legalBases: z.array(LegalBasis),
  eform: EformSchema,
  workflowId: z.string(),
});

export function presentProcedure(v: LoadedVersion, agencies: AgencySnapshot): z.infer<typeof ProcedureView> {
  const d = v.version.details;
  return {
    code: v.procedure.code,
    name: v.version.name,
    field: { code: v.procedure.fieldCode },
    level: v.procedure.level,
    onlineLevel: v.version.onlineLevel as 'FULL' | 'PARTIAL' | 'NONE',
    lifeEvents: v.procedure.lifeEvents,
    version: v.version.version,
    status: v.version.status,
    publishedAt: v.version.publishedAt?.toISOString() ?? null,
    timeLimit: {
      amount: v.version.durationAmount,
      unit: v.version.durationUnit,
      text: legalLimitText(v.version.durationAmount, v.version.durationUnit),
      published: d.durationText ?? null,
    },
    cutoffTime: v.version.cutoffTime,
    supplementMode: v.version.supplementMode,
    paymentTiming: v.version.paymentTiming,
    competentAgencies: v.competentAgencyIds.flatMap((id) => {
      const a = agencies.byId(id);
      return a ? [{ code: a.code, name: a.name }] : [];
    }),
    steps: d.steps,
    channels: d.channels,
    targetGroups: d.targetGroups,
    targetDescription: d.targetDescription ?? null,
    requirements: d.requirements ?? null,
    components: d.components,
    fees: d.fees,
    feeTotal: d.fees.reduce((s, f) => s + f.amount, 0),
    resultTypes: d.resultTypes,
    legalBases: d.legalBases,
    eform: v.version.eformSchema,
    workflowId: v.version.workflowId,
  };
}
