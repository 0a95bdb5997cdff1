/**
 * The desk's decision on a registered dossier: receive it (Form 01), ask for
 * everything missing at once (Form 02: the ticked components and anything
 * else the officer names) or refuse it with a reason (Form 03) — one action
 * through the workflow, recorded on the draft with the desk's handling time in
 * the same transaction. A second submission finds the decision and changes
 * nothing.
 */
import { ValidationError, type FieldIssue } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { ActionInput } from '../action-inputs.ts';
import { updateDeskIntake } from '../desk-intake.repo.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { listComponents } from '../dossier.repo.ts';
import { ownDeskIntake } from '../queries/desk-intake-view.ts';
import { actOnDossier } from './act-on-dossier.ts';

export interface DecideDeskIntakeInput {
  intakeId: string;
  decision: 'receive' | 'supplement' | 'refuse';
  /** The dossier version the officer decided on; a changed dossier is refused (409) rather than decided twice. */
  expectedVersion?: number | undefined;
  /** Supplement: the components ticked as missing, anything else missing, and why. */
  missing?: string[] | undefined;
  otherItem?: string | undefined;
  supplementReason?: string | undefined;
  /** Refusal: why. */
  refuseReason?: string | undefined;
}

export type DecideDeskIntakeOutcome =
  /** No dossier registered yet: the applicant step comes first. */
  | { kind: 'not-registered' }
  /** Decided now, or already (a second submission). */
  | { kind: 'decided' }
  /** The decision is incomplete (no reason, nothing listed): issues by the action's field paths (`reason`, `items`). */
  | { kind: 'incomplete'; issues: FieldIssue[] };

/** The action the decision asks for, before its shape is checked. */
function actionFrom(input: DecideDeskIntakeInput, components: { code: string; name: string }[]): unknown {
  const base = input.expectedVersion !== undefined && Number.isInteger(input.expectedVersion) ? { expectedVersion: input.expectedVersion } : {};
  if (input.decision === 'receive') return { type: 'receive', ...base };
  if (input.decision === 'refuse') return { type: 'reject_intake', ...base, reason: input.refuseReason ?? '' };
  const reason = (input.supplementReason ?? '').trim();
  const ticked = new Set(input.missing ?? []);
  const items: { componentCode?: string; description: string; reason: string }[] = components
    .filter((c) => ticked.has(c.code))
    .map((c) => ({ componentCode: c.code, description: c.name, reason: reason || '—' }));
  const other = (input.otherItem ?? '').trim();
  if (other) items.push({ description: other, reason: reason || '—' });
  return { type: 'request_intake_supplement', ...base, items, reason };
}

export async function decideDeskIntake(ctx: Ctx, deps: DossierDeps, input: DecideDeskIntakeInput): Promise<DecideDeskIntakeOutcome> {
  const intake = await ownDeskIntake(ctx.tx, ctx.actor, input.intakeId, true);
  if (!intake.dossierId) return { kind: 'not-registered' };
  if (intake.decision) return { kind: 'decided' };
  const parsed = ActionInput.safeParse(actionFrom(input, await listComponents(ctx.tx, intake.dossierId)));
  if (!parsed.success) return { kind: 'incomplete', issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), key: 'validation.invalid' })) };
  const action = parsed.data;
  if (action.type !== 'receive' && action.type !== 'request_intake_supplement' && action.type !== 'reject_intake') throw new ValidationError([{ path: ['decision'], key: 'validation.required' }]);
  await actOnDossier(ctx, deps, { dossierId: intake.dossierId, action });
  await updateDeskIntake(ctx.tx, intake.id, { decision: action.type, decidedAt: ctx.now, durationMs: Math.max(0, ctx.now.getTime() - intake.startedAt.getTime()), updatedAt: ctx.now });
  return { kind: 'decided' };
}
