/**
 * After receipt at a desk of another agency's paper dossier: sending it on to
 * the competent agency (the transfer action). Done once: a transferred dossier
 * is left as it is.
 */
import type { Ctx } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { listActions } from '../dossier.repo.ts';
import { ownDeskIntake } from '../queries/desk-intake-view.ts';
import { actOnDossier } from './act-on-dossier.ts';

export type RouteDeskIntakeOutcome = { kind: 'not-received' } | { kind: 'routed' };

export async function routeDeskIntake(ctx: Ctx, deps: DossierDeps, input: { intakeId: string; expectedVersion?: number | undefined }): Promise<RouteDeskIntakeOutcome> {
  const intake = await ownDeskIntake(ctx.tx, ctx.actor, input.intakeId);
  if (!intake.dossierId || intake.decision !== 'receive') return { kind: 'not-received' };
  const actions = await listActions(ctx.tx, intake.dossierId);
  if (!actions.some((a) => a.type === 'transfer')) {
    const expectedVersion = input.expectedVersion !== undefined && Number.isInteger(input.expectedVersion) ? { expectedVersion: input.expectedVersion } : {};
    await actOnDossier(ctx, deps, { dossierId: intake.dossierId, action: { type: 'transfer', ...expectedVersion } });
  }
  return { kind: 'routed' };
}
