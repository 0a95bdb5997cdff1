/**
 * Inter-agency processing (DOMAIN §4.5): each agency's part is a task with its
 * own budget. Sequential tasks open one after another in the order the desk
 * fixed; parallel tasks open together and the lead agency completes last.
 * Cross-level processing sends the part to a higher-level authority; the
 * result still comes back to the receiving desk.
 */
import { toVnIso } from '../../../platform/clock.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { EffectContext, EffectHandler } from './effect.ts';

const levelRank: Record<string, number> = { COMMUNE: 1, PROVINCE: 2, CENTRAL: 3 };

export const startInteragency: EffectHandler<'start_interagency'> = {
  async run(ctx, input) {
    const policy = ctx.definition.interagency;
    if (!policy?.modes.includes(input.mode)) throw new ConflictError('dossier.interagencyMode', { mode: input.mode });
    const competent = ctx.agencies.byId(ctx.dossier.competentAgencyId)!;
    const resolved = input.participants.map((p, i) => {
      const agency = ctx.agencies.resolve(p.agencyCode)?.agency;
      if (!agency) throw new ValidationError([{ path: ['participants', i, 'agencyCode'], key: 'agency.notFound', params: { code: p.agencyCode } }]);
      return { ...p, agency };
    });
    if (resolved.filter((p) => p.role === 'LEAD').length !== 1) throw new ValidationError([{ path: ['participants'], key: 'dossier.noLead' }]);
    if (new Set(resolved.map((p) => p.agency.id)).size !== resolved.length) throw new ValidationError([{ path: ['participants'], key: 'dossier.sameParticipant' }]);
    const ranks = resolved.map((p) => levelRank[p.agency.level] ?? 0);
    const crossLevel = ranks.some((r) => r !== (levelRank[competent.level] ?? 0));
    if (crossLevel) {
      if (!policy.crossLevel) throw new ConflictError('dossier.crossLevelNotAllowed');
      if (ranks.some((r) => r < (levelRank[competent.level] ?? 0))) throw new ValidationError([{ path: ['participants'], key: 'dossier.crossLevelLevel' }]);
    }
    const rows = resolved.map((p, position) => {
      const open = input.mode === 'PARALLEL' || position === 0;
      return {
        id: newId(),
        dossierId: ctx.dossier.id,
        agencyId: p.agency.id,
        role: p.role,
        mode: input.mode,
        crossLevel,
        position,
        instructions: p.instructions,
        status: open ? 'OPEN' : 'WAITING',
        activatedAt: open ? ctx.now : null,
        dueAt: open ? ctx.calendar.addWorkingTime(ctx.now, p.budget.amount, p.budget.unit).dueAt : null,
        budgetAmount: p.budget.amount,
        budgetUnit: p.budget.unit,
      };
    });
    await ctx.records.insertTasks(rows);
    return {
      changes: { agencyIds: [...new Set([...ctx.dossier.agencyIds, ...rows.map((r) => r.agencyId)])] },
      record: { mode: input.mode, crossLevel, tasks: rows.map((r) => ({ id: r.id, agencyId: r.agencyId, role: r.role, dueAt: r.dueAt ? toVnIso(r.dueAt) : null })) },
      events: [{ type: 'dossier.interagency_started', payload: { mode: input.mode, agencies: rows.map((r) => r.agencyId) } }],
    };
  },
};

async function findTask(ctx: Pick<EffectContext, 'records'>, id: string) {
  const tasks = await ctx.records.tasks();
  const task = tasks.find((t) => t.id === id);
  if (!task) throw new NotFoundError('dossier.taskNotFound');
  return { task, tasks };
}

export const completeTask: EffectHandler<'complete_task'> = {
  async actingAgency(ctx, input) {
    return (await findTask(ctx, input.taskId)).task.agencyId;
  },
  async run(ctx, input) {
    const { task, tasks } = await findTask(ctx, input.taskId);
    if (task.status !== 'OPEN') throw new ConflictError('dossier.taskNotOpen');
    if (task.mode === 'PARALLEL' && task.role === 'LEAD' && tasks.some((t) => t.id !== task.id && t.status !== 'DONE')) {
      throw new ConflictError('dossier.leadLast');
    }
    await ctx.records.updateTask(task.id, { status: 'DONE', completedAt: ctx.now, completedBy: ctx.actor.id, outcome: input.outcome });
    const next = task.mode === 'SEQUENTIAL' ? tasks.find((t) => t.status === 'WAITING' && t.position > task.position) : undefined;
    if (next) {
      const dueAt = ctx.calendar.addWorkingTime(ctx.now, next.budgetAmount, next.budgetUnit as 'WORKING_DAY' | 'WORKING_HOUR').dueAt;
      await ctx.records.updateTask(next.id, { status: 'OPEN', activatedAt: ctx.now, dueAt });
    }
    return {
      fromAgencyId: task.agencyId,
      toAgencyId: next?.agencyId ?? ctx.dossier.competentAgencyId,
      record: { taskId: task.id, onTime: task.dueAt ? ctx.now <= task.dueAt : true, nextTaskId: next?.id ?? null },
      events: [{ type: 'dossier.task_completed', payload: { taskId: task.id } }],
    };
  },
};
