/**
 * What every draft page starts with: the signed-in citizen, their draft (only
 * when it is theirs — anything else is the same 404), its procedure version,
 * and the steps of the journey given the answers so far. Also who the
 * applicant is, from the identity claims (person, or the organisation acted for).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { conditionHolds, type LoadedVersion } from '../../../modules/catalog/index.ts';
import { findOwnedDraft, saveDraft, type DraftChanges, type DraftOwner, type DraftRow, type IdentityClaims } from '../../../modules/drafts/index.ts';
import type { Applicant } from '../../../modules/dossiers/index.ts';
import type { Ctx } from '../../../modules/identity/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { citizenOf } from '../../guards.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';

export interface DraftContext {
  citizen: Citizen;
  owner: DraftOwner;
  draft: DraftRow;
  version: LoadedVersion;
  locale: Locale;
}

export type DraftRequest = FastifyRequest<{ Params: { id: string } }>;

export const draftUrl = (id: string, step = ''): string => `/ho-so-nhap/${id}${step ? `/${step}` : ''}`;
export const pageUrl = (id: string, pageId: string): string => draftUrl(id, `buoc/${pageId}`);
export const confirmationUrl = (dossierId: string): string => `/nop-ho-so/xac-nhan/${dossierId}`;

/** The signed-in citizen's draft; undefined when the reply is already sent (the draft was submitted: its confirmation). */
export async function loadDraft(deps: WebDeps, request: DraftRequest, reply: FastifyReply): Promise<DraftContext | undefined> {
  const citizen = citizenOf(request);
  const owner = ownerKeys(citizen);
  const draft = await findOwnedDraft(deps.db, request.params.id, owner);
  if (!draft) throw new NotFoundError();
  // A submitted draft has become a dossier: every draft page now leads to its confirmation.
  if (draft.submittedDossierId) {
    seeOther(reply, confirmationUrl(draft.submittedDossierId));
    return undefined;
  }
  const version = await deps.services.procedures.versionById(deps.db, draft.procedureVersionId);
  if (!version) throw new NotFoundError();
  return { citizen, owner, draft, version, locale: pageLocale(request) };
}

/** Runs a use case as the portal channel acting for the citizen. */
export function asCitizen<T>(deps: WebDeps, request: FastifyRequest, citizen: Citizen, useCase: (ctx: Ctx) => Promise<T>): Promise<T> {
  return deps.commands.run({ actor: citizen.actor, requestId: request.id }, useCase);
}

/** Saves part of the draft (a step, the delivery, a file choice). */
export function saveDraftChanges(deps: WebDeps, request: FastifyRequest, ctx: DraftContext, changes: DraftChanges): Promise<void> {
  return asCitizen(deps, request, ctx.citizen, (c) => saveDraft(c, { draftId: ctx.draft.id, owner: ctx.owner, changes }));
}

/** The e-form pages asked given the answers so far, then the fixed steps. */
export function journeySteps(version: LoadedVersion, answers: Record<string, unknown>): string[] {
  const pages = version.version.eformSchema.pages.filter((p) => conditionHolds(p.showIf, answers)).map((p) => `buoc/${p.id}`);
  return [...pages, 'giay-to', 'nhan-ket-qua', 'kiem-tra'];
}

export function nextStep(ctx: DraftContext, current: string, answers: Record<string, unknown> = ctx.draft.answers): string {
  const steps = journeySteps(ctx.version, answers);
  const i = steps.indexOf(current);
  return steps[Math.min(i + 1, steps.length - 1)] ?? 'kiem-tra';
}

export function previousStep(ctx: DraftContext, current: string): string | undefined {
  const steps = journeySteps(ctx.version, ctx.draft.answers);
  const i = steps.indexOf(current);
  return i > 0 ? steps[i - 1] : undefined;
}

export function stepNumber(ctx: DraftContext, current: string): { n: number; total: number } {
  const steps = journeySteps(ctx.version, ctx.draft.answers);
  return { n: steps.indexOf(current) + 1, total: steps.length };
}

export function claimsOf(citizen: Citizen): IdentityClaims {
  const d = citizen.data;
  return {
    person: { fullName: d.fullName, personalId: d.personalId, birthDate: d.birthDate, address: d.address, phone: d.phone, email: d.email },
    ...(citizen.organisation ? { organisation: { name: citizen.organisation.name, taxCode: citizen.organisation.taxCode, address: citizen.organisation.address } } : {}),
  };
}

const PHONE_RE = /^(\+84|0)[0-9]{8,10}$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The applicant of the dossier, from what the identity provider vouched for (optional claims kept only when well-formed). */
export function applicantOf(citizen: Citizen): Applicant {
  const d = citizen.data;
  const person = {
    fullName: d.fullName,
    personalId: d.personalId,
    ...(d.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(d.birthDate) ? { birthDate: d.birthDate } : {}),
    ...(d.sex ? { sex: d.sex } : {}),
    ...(d.address && d.address.trim().length >= 3 ? { address: d.address.trim().slice(0, 300) } : {}),
    ...(d.phone && PHONE_RE.test(d.phone) ? { phone: d.phone } : {}),
    ...(d.email && EMAIL_RE.test(d.email) && d.email.length <= 120 ? { email: d.email } : {}),
  };
  const org = citizen.organisation;
  if (!org) return { type: 'CITIZEN', person };
  return {
    type: 'ORGANISATION',
    person,
    organisation: { name: org.name, taxCode: org.taxCode, ...(org.address && org.address.trim().length >= 3 ? { address: org.address.trim().slice(0, 300) } : {}) },
  };
}
