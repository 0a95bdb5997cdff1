/** Intake: receipt with its code and due date (Form 01), a request to complete before receipt (Form 02), refusal (Form 03). */
import { toVnIso, vnLocalDate } from '../../../platform/clock.ts';
import { legalDue, intakeDue, storedExplanation, warningInstants } from '../deadlines.ts';
import { codeAllocation } from '../dossier-code.ts';
import { CODE_PLACEHOLDER } from '../dossier-code.ts';
import type { Effect, EffectHandler } from './effect.ts';
import { openSupplementRound } from './supplement-round.ts';
import { applyComponentsProvided, changedFields, patchedFormData } from './form-patch.ts';

/** Paper arrives with the applicant or the post; it must reach the competent agency under the 15:00 rule (DOMAIN §4.3). */
const paperChannels = new Set(['DESK', 'POST', 'KIOSK']);

export const receive: EffectHandler<'receive'> = {
  async run(ctx, input) {
    const provided = await applyComponentsProvided(ctx, input.componentsProvided);
    const { deps, dossier, now, calendar, version } = ctx;
    const receiving = ctx.agencies.byId(dossier.receivingAgencyId)!;
    // The code is allocated by the command's final statement, so the day's counter is locked only at the very end.
    // An online dossier may already hold the code it was given at submission (MOTCUA_ONLINE_CODE_AT).
    const allocateCode = dossier.code ? undefined : codeAllocation(deps.config.dossierCodeFormat, receiving.code, vnLocalDate(now));
    const code = dossier.code ?? CODE_PLACEHOLDER;
    const due = legalDue(calendar, version.version, now, deps.calendars.options(version.version.cutoffTime));
    const [warnAt, alertAt] = warningInstants(calendar, now, due.dueAt, deps.config.deadlines.warnAt);
    const needsTransfer = paperChannels.has(dossier.channel) && dossier.receivingAgencyId !== dossier.competentAgencyId;
    const transferDueAt = needsTransfer ? calendar.transferDue(now, version.version.cutoffTime).dueAt : null;
    const intakeOnTime = dossier.intakeDueAt ? now <= dossier.intakeDueAt : null;
    return {
      changes: {
        code,
        receivedAt: now,
        originalDueAt: due.dueAt,
        currentDueAt: due.dueAt,
        dueExplanation: storedExplanation(due.explanation),
        transferDueAt,
        warnAt: warnAt ?? null,
        alertAt: alertAt ?? null,
        // Every received dossier is synchronised to DVCQG (Decision 31/2021 Art. 30); the adapter picks it up.
        syncState: 'PENDING',
      },
      record: { code, dueAt: toVnIso(due.dueAt), transferDueAt: transferDueAt ? toVnIso(transferDueAt) : null, intakeOnTime, componentsProvided: provided },
      events: [{ type: 'dossier.received', payload: { code, dueAt: due.dueAt.toISOString() } }],
      ...(allocateCode ? { allocateCode } : {}),
    };
  },
};

/**
 * Forms 02 and 03 carry the dossier code like Form 01 (DOMAIN §5), so the first notice the desk
 * prints gives the dossier its code; a later receipt keeps it. A DVCQG dossier's notices go back
 * through the national portal, which owns its numbering until receipt, so it gets none here.
 */
function codeForNotice(ctx: Parameters<EffectHandler<'reject_intake'>['run']>[0]): Pick<Effect, 'changes' | 'allocateCode'> {
  if (ctx.dossier.code || ctx.dossier.channel === 'DVCQG') return {};
  const receiving = ctx.agencies.byId(ctx.dossier.receivingAgencyId)!;
  return { changes: { code: CODE_PLACEHOLDER }, allocateCode: codeAllocation(ctx.deps.config.dossierCodeFormat, receiving.code, vnLocalDate(ctx.now)) };
}

export const requestIntakeSupplement: EffectHandler<'request_intake_supplement'> = {
  async run(ctx, input) {
    const round = await openSupplementRound(ctx, 'INTAKE', input);
    return {
      ...codeForNotice(ctx),
      reason: input.reason,
      record: { round, items: input.items },
      events: [{ type: 'dossier.intake_supplement_requested', payload: { round, items: input.items.length } }],
    };
  },
};

export const completeIntakeSupplement: EffectHandler<'complete_intake_supplement'> = {
  async run(ctx, input) {
    const open = await ctx.records.openSupplement('INTAKE');
    if (open) await ctx.records.completeSupplement(open.id, ctx.now, null);
    const provided = await applyComponentsProvided(ctx, input.componentsProvided);
    const formData = patchedFormData(ctx, input.formData);
    return {
      changes: { intakeDueAt: intakeDue(ctx.calendar, ctx.now), ...(formData ? { formData } : {}) },
      record: { componentsProvided: provided, changedFields: changedFields(ctx.dossier.formData, formData) },
      events: [{ type: 'dossier.intake_supplemented', payload: {} }],
    };
  },
};

export const rejectIntake: EffectHandler<'reject_intake'> = {
  async run(ctx, input) {
    return { ...codeForNotice(ctx), reason: input.reason, events: [{ type: 'dossier.rejected_at_intake', payload: {} }] };
  },
};
