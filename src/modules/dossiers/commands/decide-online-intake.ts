/**
 * Deciding on a dossier submitted online, from the desk's online intake list:
 * accept it, send it back for supplement, or refuse it — the same workflow
 * actions as at the desk, with the officer's one reason standing for the
 * supplement's single item.
 */
import type { Ctx } from '../../identity/index.ts';
import { ActionInput } from '../action-inputs.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { findVisibleDossier } from '../queries/get-dossier.ts';
import { actOnDossier } from './act-on-dossier.ts';

export interface DecideOnlineIntakeInput {
  dossierId: string;
  decision: 'receive' | 'supplement' | 'refuse';
  reason: string;
}

/** `incomplete`: a supplement or refusal without a usable reason. */
export type DecideOnlineIntakeOutcome = { kind: 'decided' } | { kind: 'incomplete' };

export async function decideOnlineIntake(ctx: Ctx, deps: DossierDeps, input: DecideOnlineIntakeInput): Promise<DecideOnlineIntakeOutcome> {
  const { id } = await findVisibleDossier(deps, ctx.actor, input.dossierId || 'unknown', ctx.tx);
  const reason = input.reason.trim();
  const candidate =
    input.decision === 'receive'
      ? { type: 'receive' }
      : input.decision === 'refuse'
        ? { type: 'reject_intake', reason }
        : { type: 'request_intake_supplement', reason, items: [{ description: reason, reason }] };
  const parsed = ActionInput.safeParse(candidate);
  if (!parsed.success) return { kind: 'incomplete' };
  await actOnDossier(ctx, deps, { dossierId: id, action: parsed.data });
  return { kind: 'decided' };
}
