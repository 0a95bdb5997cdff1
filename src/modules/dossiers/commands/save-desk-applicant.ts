/**
 * The applicant step of a desk intake: the form is kept on the draft as typed
 * (so the officer can come back to it), and once it is complete the dossier is
 * registered — once: the draft row is locked and remembers its dossier, so a
 * second submission finds it and changes nothing. The command's own refusals
 * (an invalid personal id, an agency not competent…) come back as issues, and
 * the form is still kept.
 */
import { ValidationError, type FieldIssue } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { updateDeskIntake } from '../desk-intake.repo.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import type { SubmitDossierInput } from '../dossier.schemas.ts';
import { ownDeskIntake } from '../queries/desk-intake-view.ts';
import { submitDossier } from './submit-dossier.ts';

export interface SaveDeskApplicantInput {
  intakeId: string;
  /** The form as typed. */
  values: Record<string, string | string[]>;
  /** The submission the form makes, when it is complete enough to register; absent, the form is only kept. */
  submission?: SubmitDossierInput | undefined;
}

export type SaveDeskApplicantOutcome =
  | { kind: 'registered'; dossierId: string }
  | { kind: 'saved' }
  | { kind: 'refused'; issues: FieldIssue[] };

export async function saveDeskApplicant(ctx: Ctx, deps: DossierDeps, input: SaveDeskApplicantInput): Promise<SaveDeskApplicantOutcome> {
  const intake = await ownDeskIntake(ctx.tx, ctx.actor, input.intakeId, true);
  if (intake.dossierId) return { kind: 'registered', dossierId: intake.dossierId };
  await updateDeskIntake(ctx.tx, intake.id, { formValues: input.values, updatedAt: ctx.now });
  if (!input.submission) return { kind: 'saved' };
  let dossierId: string;
  try {
    // Its checks run before it writes anything: a refusal leaves the kept form in place.
    dossierId = (await submitDossier(ctx, deps, input.submission)).id;
  } catch (err) {
    if (err instanceof ValidationError) return { kind: 'refused', issues: err.issues };
    throw err;
  }
  await updateDeskIntake(ctx.tx, intake.id, { dossierId, updatedAt: ctx.now });
  return { kind: 'registered', dossierId };
}
