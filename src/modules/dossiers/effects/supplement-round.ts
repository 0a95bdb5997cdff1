/**
 * Both kinds of supplement request — guidance at intake and Form 02 after appraisal — open a
 * numbered round of their stage; the round number is what Form 02 and the KPI count by.
 */
import { newId } from '../../../platform/ids.ts';
import type { ActionInputOf } from '../action-inputs.ts';
import { countSupplements, insertSupplement } from '../dossier.repo.ts';
import type { EffectContext } from './effect.ts';

export type SupplementRequest = Pick<ActionInputOf<'request_supplement'>, 'items' | 'reason'>;

/** Records the next round of the stage and returns its number (1 for the first request). */
export async function openSupplementRound(ctx: EffectContext, stage: 'INTAKE' | 'PROCESSING', request: SupplementRequest): Promise<number> {
  const round = (await countSupplements(ctx.tx, ctx.dossier.id, stage)) + 1;
  await insertSupplement(ctx.tx, {
    id: newId(),
    dossierId: ctx.dossier.id,
    round,
    stage,
    items: request.items,
    reason: request.reason,
    requestedAt: ctx.now,
    requestedBy: ctx.actor.id,
    // The due date in force when processing stopped: PAUSE mode resumes from what was left of it.
    previousDueAt: stage === 'PROCESSING' ? ctx.dossier.currentDueAt : null,
  });
  return round;
}
