/**
 * The applicant withdraws their dossier from the portal, with a reason — only
 * while the workflow allows it (act-on-dossier checks the step and its
 * guards). The dossier must be theirs; the version they saw makes a second
 * click change nothing.
 */
import type { Ctx } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { findOwnedDossier, type DossierOwner } from '../queries/owned-dossier.ts';
import { actOnDossier } from './act-on-dossier.ts';

export async function withdrawDossier(ctx: Ctx, deps: DossierDeps, input: { owner: DossierOwner; dossierId: string; expectedVersion: number; reason: string }): Promise<void> {
  const dossier = await findOwnedDossier(ctx.tx, input.owner, input.dossierId);
  await actOnDossier(ctx, deps, { dossierId: dossier.id, action: { type: 'withdraw', expectedVersion: input.expectedVersion, reason: input.reason } });
}
