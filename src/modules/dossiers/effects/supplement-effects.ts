/**
 * Supplements after appraisal (Form 02): once and complete, with reasons. While
 * the applicant works on it the clock is stopped; when the complete dossier
 * arrives the legal due date restarts from zero (Decree 61 Art. 19(4)) or, in
 * PAUSE mode, resumes with the time that was left. Both interval ends are kept
 * for the KPI subtraction (DOMAIN §5.5).
 */
import { toVnIso } from '../../../platform/clock.ts';
import { ConflictError } from '../../../platform/errors.ts';
import { legalDue, storedExplanation, warningInstants } from '../deadlines.ts';
import type { DueExplanationStep } from '../dossier.schemas.ts';
import type { EffectHandler } from './effect.ts';
import { openSupplementRound } from './supplement-round.ts';
import { applyComponentsProvided, changedFields, patchedFormData } from './form-patch.ts';

export const requestSupplement: EffectHandler<'request_supplement'> = {
  async run(ctx, input) {
    const round = await openSupplementRound(ctx, 'PROCESSING', input);
    return {
      reason: input.reason,
      changes: { pausedSince: ctx.now, supplementCount: ctx.dossier.supplementCount + 1 },
      fromAgencyId: ctx.dossier.competentAgencyId,
      toAgencyId: ctx.dossier.receivingAgencyId,
      record: { round, items: input.items },
      events: [{ type: 'dossier.supplement_requested', payload: { round, items: input.items.length } }],
    };
  },
};

export const completeSupplementAction: EffectHandler<'complete_supplement'> = {
  async run(ctx, input) {
    const { dossier, now, calendar, version, deps } = ctx;
    const open = await ctx.records.openSupplement('PROCESSING');
    if (!open) throw new ConflictError('dossier.illegalAction', { action: 'complete_supplement', step: ctx.move.from.name, allowed: '—' });
    const provided = await applyComponentsProvided(ctx, input.componentsProvided);
    const formData = patchedFormData(ctx, input.formData);
    const pausedSince = dossier.pausedSince ?? open.requestedAt;
    const previousDue = dossier.currentDueAt;
    let newDue: Date;
    let explanation: DueExplanationStep[];
    if (version.version.supplementMode === 'RESTART' || !previousDue) {
      const due = legalDue(calendar, version.version, now, deps.calendars.options(version.version.cutoffTime));
      newDue = due.dueAt;
      explanation = [
        {
          kind: 'pause',
          at: toVnIso(now),
          text: `Nhận đủ hồ sơ bổ sung lúc ${toVnIso(now)}: thời hạn giải quyết được tính lại từ đầu (Nghị định 61/2018, Điều 19 khoản 4).`,
          textEn: `Complete supplement received at ${toVnIso(now)}: the time limit restarts from zero (Decree 61/2018 Art. 19(4)).`,
        },
        ...storedExplanation(due.explanation),
      ];
    } else {
      const remainingHours = calendar.elapsedWorkingMs(pausedSince, previousDue) / 3_600_000;
      newDue = calendar.addWorkingTime(now, remainingHours, 'WORKING_HOUR').dueAt;
      explanation = [
        ...(dossier.dueExplanation ?? []),
        {
          kind: 'pause',
          at: toVnIso(now),
          text: `Tạm dừng tính thời hạn từ ${toVnIso(pausedSince)} đến ${toVnIso(now)} (chờ bổ sung); còn lại ${remainingHours.toFixed(2)} giờ làm việc, hạn mới ${toVnIso(newDue)}.`,
          textEn: `Clock paused from ${toVnIso(pausedSince)} to ${toVnIso(now)} (supplement); ${remainingHours.toFixed(2)} working hours remained, new due ${toVnIso(newDue)}.`,
        },
      ];
    }
    await ctx.records.completeSupplement(open.id, now, newDue);
    const [warnAt, alertAt] = warningInstants(calendar, now, newDue, deps.config.deadlines.warnAt);
    return {
      changes: {
        pausedSince: null,
        pausedMs: dossier.pausedMs + (now.getTime() - pausedSince.getTime()),
        originalDueAt: newDue,
        currentDueAt: newDue,
        dueExplanation: explanation,
        warnAt: warnAt ?? null,
        alertAt: alertAt ?? null,
        ...(formData ? { formData } : {}),
      },
      fromAgencyId: dossier.receivingAgencyId,
      toAgencyId: dossier.competentAgencyId,
      record: {
        round: open.round,
        previousDueAt: previousDue ? toVnIso(previousDue) : null,
        newDueAt: toVnIso(newDue),
        componentsProvided: provided,
        changedFields: changedFields(dossier.formData, formData),
      },
      events: [{ type: 'dossier.supplemented', payload: { previousDueAt: previousDue?.toISOString() ?? null, newDueAt: newDue.toISOString() } }],
    };
  },
};
