/** Routing inside the agencies: transfer from the desk, assignment of a handler, forwarding with an opinion. */
import { toVnIso } from '../../../platform/clock.ts';
import { ValidationError } from '../../../platform/errors.ts';
import { hasRoleAt, type GrantRole } from '../../identity/index.ts';
import type { EffectHandler } from './effect.ts';

export const transfer: EffectHandler<'transfer'> = {
  async run(ctx) {
    const due = ctx.dossier.transferDueAt;
    return {
      fromAgencyId: ctx.dossier.receivingAgencyId,
      toAgencyId: ctx.dossier.competentAgencyId,
      record: { transferDueAt: due ? toVnIso(due) : null, transferOnTime: due ? ctx.now <= due : true },
      events: [{ type: 'dossier.transferred', payload: {} }],
    };
  },
};

export const assign: EffectHandler<'assign'> = {
  async run(ctx, input) {
    const role = (ctx.move.to.role ?? 'SPECIALIST') as GrantRole;
    const assignee = await ctx.officer(input.assigneeId);
    if (!assignee || !hasRoleAt(assignee, role, ctx.dossier.competentAgencyId)) {
      throw new ValidationError([{ path: ['assigneeId'], key: 'dossier.assigneeInvalid', params: { role } }]);
    }
    return {
      changes: { assigneeId: assignee.id },
      record: { assigneeId: assignee.id, assigneeName: assignee.name },
      events: [{ type: 'dossier.assigned', payload: { assigneeId: assignee.id } }],
    };
  },
};

export const forward: EffectHandler<'forward'> = {
  async run(_ctx, input) {
    return { record: input.opinion ? { opinion: input.opinion } : {} };
  },
};
