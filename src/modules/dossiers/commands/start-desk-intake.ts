/**
 * Opening a desk intake: the officer chose a procedure at their desk. A
 * server-side draft is made for it, and its start is the start of the desk's
 * handling-time clock (stopped by the decision, decide-desk-intake).
 */
import { NotFoundError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import type { Ctx } from '../../identity/index.ts';
import { insertDeskIntake } from '../desk-intake.repo.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { authorize } from '../dossier.policy.ts';

export interface StartDeskIntakeInput {
  deskId: string;
  procedureCode: string;
}

export async function startDeskIntake(ctx: Ctx, deps: Pick<DossierDeps, 'agencies' | 'procedures'>, input: StartDeskIntakeInput): Promise<{ id: string }> {
  authorize(ctx.actor, 'deskIntake.start', { deskId: input.deskId, agencies: await deps.agencies.current() });
  const code = input.procedureCode.trim();
  const versionId = /^[1-9]\.\d{6}/.test(code) ? await deps.procedures.currentVersionId(ctx.tx, code) : undefined;
  if (!versionId) throw new NotFoundError('procedure.notFound', { code: code.slice(0, 40) });
  const id = newId(ctx.now.getTime());
  await insertDeskIntake(ctx.tx, {
    id,
    officerId: ctx.actor.id,
    deskId: input.deskId,
    procedureCode: code,
    formValues: {},
    dossierId: null,
    decision: null,
    startedAt: ctx.now,
    decidedAt: null,
    durationMs: null,
    updatedAt: ctx.now,
  });
  return { id };
}
