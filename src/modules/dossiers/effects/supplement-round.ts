/**
 * Both kinds of supplement request — guidance at intake and Form 02 after appraisal — open a
 * numbered round of their stage; the round number is what Form 02 and the KPI count by.
 */
import { ValidationError, type FieldIssue } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { ActionInputOf } from '../action-inputs.ts';
import type { EffectContext } from './effect.ts';

export type SupplementRequest = Pick<ActionInputOf<'request_supplement'>, 'items' | 'reason'>;

/** Records the next round of the stage and returns its number (1 for the first request). */
export async function openSupplementRound(ctx: EffectContext, stage: 'INTAKE' | 'PROCESSING', request: SupplementRequest): Promise<number> {
  await checkItemsNameWhatExists(ctx, request.items);
  const round = (await ctx.records.countSupplements(stage)) + 1;
  await ctx.records.insertSupplement({
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

/** An item may name a component of this dossier or an answer of its e-form, nothing else: the applicant must be able to act on it. */
async function checkItemsNameWhatExists(ctx: EffectContext, items: SupplementRequest['items']): Promise<void> {
  const components = new Set((await ctx.records.components()).map((c) => c.code));
  const fields = new Set(ctx.version.version.eformSchema.pages.flatMap((p) => p.fields.map((f) => f.name)));
  const issues: FieldIssue[] = [];
  items.forEach((item, i) => {
    if (item.componentCode && !components.has(item.componentCode)) issues.push({ path: ['items', i, 'componentCode'], key: 'dossier.componentUnknown', params: { code: item.componentCode } });
    if (item.fieldKey && !fields.has(item.fieldKey)) issues.push({ path: ['items', i, 'fieldKey'], key: 'dossier.fieldUnknown', params: { key: item.fieldKey } });
  });
  if (issues.length > 0) throw new ValidationError(issues);
}
