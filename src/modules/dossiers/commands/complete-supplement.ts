/**
 * The applicant's answer to a supplement request, from the portal: the
 * components replaced since the request (`componentsProvided`, kept in the
 * action for the officer's "newly supplemented" marks), the corrected e-form
 * answers the request asked for, and a note. The dossier must be theirs, and
 * the answer must bring something; the version they saw makes a second click
 * change nothing.
 */
import type { Ctx } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { findOwnedDossier, type DossierOwner } from '../queries/owned-dossier.ts';
import { supplementState } from '../queries/supplement-request.ts';
import { actOnDossier } from './act-on-dossier.ts';

export interface CompleteSupplementInput {
  owner: DossierOwner;
  dossierId: string;
  expectedVersion: number;
  /** Posted answers of the asked questions (null clears an optional one); unchanged ones are not corrections. */
  answers: Record<string, unknown>;
  note?: string | undefined;
}

export type CompleteSupplementOutcome =
  /** Sent; `corrected` when answers of the e-form changed. */
  | { kind: 'sent'; corrected: boolean }
  /** Nothing uploaded, corrected or said: nothing to send. */
  | { kind: 'nothing' };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The asked questions whose posted answer differs from the stored one. */
export function correctedAnswers(asked: { name: string }[], stored: Record<string, unknown>, posted: Record<string, unknown>): string[] {
  return asked.filter((f) => f.name in posted && !same(posted[f.name], stored[f.name])).map((f) => f.name);
}

export async function completeSupplement(ctx: Ctx, deps: DossierDeps, input: CompleteSupplementInput): Promise<CompleteSupplementOutcome> {
  const dossier = await findOwnedDossier(ctx.tx, input.owner, input.dossierId);
  const state = await supplementState(deps, dossier, ctx.tx);
  const changed = [...state.uploaded.keys()];
  const corrected = correctedAnswers(state.fields, state.answers, input.answers).length > 0;
  if (changed.length === 0 && !corrected && !input.note) return { kind: 'nothing' };
  await actOnDossier(ctx, deps, {
    dossierId: dossier.id,
    action: {
      type: state.actionType,
      expectedVersion: input.expectedVersion,
      componentsProvided: changed,
      ...(corrected ? { formData: input.answers } : {}),
      ...(input.note ? { note: input.note } : {}),
    },
  });
  return { kind: 'sent', corrected };
}
