/** Consultations: a question to another unit with a deadline, tracked until it is answered (DOMAIN §4.4). */
import { toVnIso } from '../../../platform/clock.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { EffectContext, EffectHandler } from './effect.ts';

export const consult: EffectHandler<'consult'> = {
  async run(ctx, input) {
    const target = ctx.agencies.resolve(input.agencyCode)?.agency;
    if (!target) throw new ValidationError([{ path: ['agencyCode'], key: 'agency.notFound', params: { code: input.agencyCode } }]);
    const dueAt = ctx.calendar.addWorkingTime(ctx.now, input.dueInWorkingDays, 'WORKING_DAY').dueAt;
    const id = newId();
    await ctx.records.insertConsultation({
      id,
      dossierId: ctx.dossier.id,
      agencyId: target.id,
      question: input.question,
      requestedAt: ctx.now,
      requestedBy: ctx.actor.id,
      dueAt,
    });
    return {
      changes: { agencyIds: [...new Set([...ctx.dossier.agencyIds, target.id])] },
      fromAgencyId: ctx.dossier.competentAgencyId,
      toAgencyId: target.id,
      record: { consultationId: id, agencyCode: target.code, dueAt: toVnIso(dueAt) },
      events: [{ type: 'dossier.consultation_requested', payload: { consultationId: id, agencyId: target.id } }],
    };
  },
};

async function findOpen(ctx: Pick<EffectContext, 'records'>, id: string) {
  const c = (await ctx.records.consultations()).find((x) => x.id === id);
  if (!c) throw new NotFoundError('dossier.consultationNotFound');
  if (c.answeredAt) throw new ConflictError('dossier.consultationAnswered');
  return c;
}

export const replyConsultation: EffectHandler<'reply_consultation'> = {
  async actingAgency(ctx, input) {
    return (await findOpen(ctx, input.consultationId)).agencyId;
  },
  async run(ctx, input) {
    const c = await findOpen(ctx, input.consultationId);
    await ctx.records.answerConsultation(c.id, input.answer, ctx.actor.id, ctx.now);
    return {
      fromAgencyId: c.agencyId,
      toAgencyId: ctx.dossier.competentAgencyId,
      record: { consultationId: c.id, onTime: ctx.now <= c.dueAt },
      events: [{ type: 'dossier.consultation_answered', payload: { consultationId: c.id } }],
    };
  },
};
