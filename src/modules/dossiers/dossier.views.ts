/** Response shapes of the dossier API, for the OpenAPI document and for tests that check responses against them. */
import { z } from 'zod';
import { Applicant } from './dossier.schemas.ts';

const when = z.string().nullable().describe('ISO-8601 with +07:00');
const AgencyRef = z.object({ code: z.string(), name: z.string() }).nullable();
const status = {
  state: z.string().describe('Internal business state'),
  stateLabel: z.string(),
  nationalStatus: z.number().int().min(1).max(10).describe('DVCQG TrangThaiHoSo 1–10'),
};

export const DossierSummary = z.object({
  id: z.string(),
  code: z.string().nullable(),
  procedure: z.object({ code: z.string(), name: z.string().nullable() }),
  ownerName: z.string(),
  channel: z.string(),
  ...status,
  step: z.string(),
  assigneeId: z.string().nullable(),
  competentAgency: AgencyRef,
  submittedAt: when,
  receivedAt: when,
  dueAt: when,
  queueDueAt: when,
  risk: z.string(),
  timeliness: z.enum(['EARLY', 'ON_TIME', 'LATE']).nullable(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
});

export const DossierCommandResult = DossierSummary.extend({
  version: z.number().int().describe('Number of actions so far; send it back as expectedVersion'),
  seq: z.number().int(),
  paymentState: z.string(),
  deliveryState: z.string(),
});

const Action = z.object({
  seq: z.number(),
  type: z.string(),
  actionId: z.string().nullable(),
  at: when,
  actor: z.object({ kind: z.string(), id: z.string(), name: z.string(), role: z.string().nullable() }),
  onBehalfOf: z.string().nullable(),
  from: z.object({ state: z.string().nullable(), step: z.string().nullable(), agency: AgencyRef }),
  to: z.object({ state: z.string(), step: z.string(), agency: AgencyRef }),
  note: z.string().nullable(),
  reason: z.string().nullable(),
});

export const DossierView = z.object({
  id: z.string(),
  code: z.string().nullable(),
  version: z.number(),
  procedure: z.object({ code: z.string(), name: z.string(), version: z.number() }),
  workflow: z.object({ key: z.string(), version: z.number() }),
  channel: z.string(),
  applicantType: z.string(),
  owner: z.object({ idType: z.string(), id: z.string(), name: z.string() }),
  applicant: Applicant,
  title: z.string().nullable(),
  formData: z.record(z.string(), z.unknown()),
  receivingDesk: AgencyRef,
  receivingAgency: AgencyRef,
  competentAgency: AgencyRef,
  ...status,
  step: z.object({ id: z.string(), name: z.string() }),
  decision: z.string().nullable(),
  assigneeId: z.string().nullable(),
  paymentState: z.string(),
  deliveryState: z.string(),
  syncState: z.string(),
  deliveryMethod: z.string().nullable(),
  fees: z.object({ total: z.number(), items: z.array(z.unknown()) }),
  dates: z.record(z.string(), when),
  extensionCount: z.number(),
  supplementCount: z.number(),
  pausedMs: z.number(),
  timeliness: z.string().nullable(),
  risk: z.string(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  dueExplanation: z.array(z.object({ kind: z.string(), date: z.string().nullable(), at: z.string().nullable(), text: z.string() })),
  components: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean(), copyType: z.string(), quantity: z.number(), provided: z.boolean(), reused: z.boolean(), note: z.string().nullable() })),
  supplements: z.array(z.unknown()),
  consultations: z.array(z.object({ id: z.string(), agency: AgencyRef, question: z.string(), dueAt: when, answer: z.string().nullable(), answeredAt: when })),
  tasks: z.array(z.object({ id: z.string(), agency: AgencyRef, role: z.string(), mode: z.string(), crossLevel: z.boolean(), position: z.number(), status: z.string(), instructions: z.string(), dueAt: when, completedAt: when, outcome: z.string().nullable() })),
  results: z.array(z.object({ id: z.string(), code: z.string(), kind: z.string(), title: z.string(), status: z.string(), documentNumber: z.string().nullable(), issuedAt: when })),
  actions: z.array(Action),
  allowedActions: z.array(z.object({ id: z.string(), type: z.string(), label: z.string().nullable(), to: z.string().nullable(), allowed: z.boolean(), reasons: z.array(z.string()) })),
});

export const PublicDossierView = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  ...status,
  ownerName: z.string().describe('Masked: family name and initials'),
  receivingAgency: z.string().nullable(),
  competentAgency: z.string().nullable(),
  submittedAt: when,
  receivedAt: when,
  dueAt: when,
  originalDueAt: when,
  finishedAt: when,
  returnedAt: when,
  timeliness: z.string().nullable(),
  extended: z.boolean(),
  overdue: z.boolean(),
});
