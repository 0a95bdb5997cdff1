/**
 * Starting (or resuming) a draft: one open draft per owner and procedure, so
 * "Bắt đầu" twice, or in two tabs, lands on the same draft. A new draft starts
 * with the prefilled answers, on the first step.
 */
import { newId } from '../../../platform/ids.ts';
import type { LoadedVersion } from '../../catalog/index.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../drafts.policy.ts';
import { findOpenDraft, insertOrFindOpenDraft } from '../drafts.repo.ts';
import type { DraftOwner } from '../drafts.schemas.ts';
import type { DraftRow } from '../drafts.tables.ts';

export interface StartDraftInput {
  owner: DraftOwner;
  actingPersonalId: string;
  version: LoadedVersion;
  competentAgencyCode: string | null;
  answers: Record<string, unknown>;
  /** Where the citizen starts (the caller's name for the first step). */
  firstStep: string;
}

export async function startDraft(ctx: Ctx, input: StartDraftInput): Promise<{ draft: DraftRow; resumed: boolean }> {
  authorize(ctx.actor, 'draft.write', input.owner);
  const existing = await findOpenDraft(ctx.tx, input.owner, input.version.procedure.code);
  if (existing) return { draft: existing, resumed: true };
  const draft = await insertOrFindOpenDraft(ctx.tx, {
    id: newId(ctx.now.getTime()),
    ownerIdType: input.owner.ownerIdType,
    ownerId: input.owner.ownerId,
    actingPersonalId: input.actingPersonalId,
    procedureCode: input.version.procedure.code,
    procedureVersionId: input.version.version.id,
    competentAgencyCode: input.competentAgencyCode,
    currentStep: input.firstStep,
    answers: input.answers,
    components: {},
    deliveryMethod: null,
    deliveryAddress: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    submittedDossierId: null,
  });
  return { draft, resumed: false };
}
