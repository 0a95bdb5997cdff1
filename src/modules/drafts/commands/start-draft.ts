/**
 * Starting (or resuming) a draft: one open draft per owner and procedure, so
 * "Bắt đầu" twice, or in two tabs, lands on the same draft. A new draft starts
 * with the prefilled answers, on the first step.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import type { LoadedVersion } from '../../catalog/index.ts';
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

export async function startDraft(db: Executor, now: Date, input: StartDraftInput): Promise<{ draft: DraftRow; resumed: boolean }> {
  const existing = await findOpenDraft(db, input.owner, input.version.procedure.code);
  if (existing) return { draft: existing, resumed: true };
  const draft = await insertOrFindOpenDraft(db, {
    id: newId(now.getTime()),
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
    createdAt: now,
    updatedAt: now,
    submittedDossierId: null,
  });
  return { draft, resumed: false };
}
