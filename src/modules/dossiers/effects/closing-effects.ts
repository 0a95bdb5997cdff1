/** The end of the road: return of the result, the single extension with apology, stop, withdrawal. */
import { toVnIso, vnLocalDate } from '../../../platform/clock.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { warningInstants } from '../deadlines.ts';
import type { EffectHandler } from './effect.ts';

const deliveryStateFor = { AT_DESK: 'DELIVERED', BY_POST: 'POSTAL_ORDERED', ONLINE: 'READY' } as const;

export const returnResult: EffectHandler<'return_result'> = {
  async run(ctx, input) {
    if (input.method === 'BY_POST' && !input.postalTracking) {
      throw new ValidationError([{ path: ['postalTracking'], key: 'validation.required' }]);
    }
    return {
      changes: { deliveryMethod: input.method, deliveryState: deliveryStateFor[input.method] },
      fromAgencyId: ctx.dossier.receivingAgencyId,
      record: { method: input.method, receivedBy: input.receivedBy ?? null, postalTracking: input.postalTracking ?? null },
      events: [{ type: 'dossier.returned', payload: { method: input.method } }],
    };
  },
};

export const extend: EffectHandler<'extend'> = {
  async run(ctx, input) {
    const current = ctx.dossier.currentDueAt;
    if (!current) throw new ValidationError([{ path: ['type'], key: 'validation.invalid' }]);
    if ((input.newDueAt === undefined) === (input.extraWorkingDays === undefined)) {
      throw new ValidationError([{ path: ['newDueAt'], key: 'validation.required' }]);
    }
    const newDue = input.newDueAt
      ? new Date(input.newDueAt)
      : ctx.calendar.addWorkingTime(current, input.extraWorkingDays!, 'WORKING_DAY').dueAt;
    if (newDue <= current) throw new ValidationError([{ path: ['newDueAt'], key: 'validation.invalid' }]);
    if (input.newDueAt && !ctx.calendar.isWorkingDay(vnLocalDate(newDue))) {
      throw new ValidationError([{ path: ['newDueAt'], key: 'dossier.extensionNotWorkingDay', params: { date: vnLocalDate(newDue) } }]);
    }
    const [warnAt, alertAt] = warningInstants(ctx.calendar, ctx.now, newDue, ctx.deps.config.deadlines.warnAt);
    return {
      reason: input.reason,
      changes: {
        currentDueAt: newDue,
        extensionCount: ctx.dossier.extensionCount + 1,
        warnAt: warnAt ?? null,
        alertAt: alertAt ?? null,
        dueExplanation: [
          ...(ctx.dossier.dueExplanation ?? []),
          {
            kind: 'extension',
            at: toVnIso(ctx.now),
            text: `Gia hạn một lần (kèm văn bản xin lỗi, Mẫu 04): hạn trả từ ${toVnIso(current)} chuyển thành ${toVnIso(newDue)}. Lý do: ${input.reason}`,
            textEn: `Extended once (with apology, Form 04): due date moved from ${toVnIso(current)} to ${toVnIso(newDue)}. Reason: ${input.reason}`,
          },
        ],
      },
      record: { previousDueAt: toVnIso(current), newDueAt: toVnIso(newDue) },
      events: [{ type: 'dossier.extended', payload: { previousDueAt: current.toISOString(), newDueAt: newDue.toISOString() } }],
    };
  },
};

export const stop: EffectHandler<'stop'> = {
  async run(_ctx, input) {
    return { reason: input.reason, events: [{ type: 'dossier.stopped', payload: {} }] };
  },
};

export const withdraw: EffectHandler<'withdraw'> = {
  async run(_ctx, input) {
    return { reason: input.reason, events: [{ type: 'dossier.withdrawn', payload: {} }] };
  },
};
