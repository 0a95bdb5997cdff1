/**
 * Reads of a desk intake (the officer's server-side draft of a dossier taken
 * in at the desk): the desk an officer works, the draft with its procedure
 * version and dossier, the result of its decision, the officer's unfinished
 * drafts and the desk's handling time today. Another officer's draft does not
 * exist for the caller (404).
 */
import { VN_OFFSET_MS, vnLocalDate } from '../../../platform/clock.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Desk } from '../../agencies/index.ts';
import type { LoadedVersion } from '../../catalog/index.ts';
import type { Actor } from '../../identity/index.ts';
import { deskHandlingStats, findDeskIntake, openDeskIntakes as openRows } from '../desk-intake.repo.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { authorize, deskOf } from '../dossier.policy.ts';
import { findDossier, listActions } from '../dossier.repo.ts';
import type { DeskIntakeRow, DossierRow } from '../dossier.rows.ts';

const DRAFT_ID = /^[0-9a-f-]{36}$/;

export interface DeskIntakeView {
  intake: DeskIntakeRow;
  /** The procedure's current published version, which the applicant form is drawn from. */
  version: LoadedVersion;
  /** The dossier once registered. */
  dossier: DossierRow | undefined;
}

export interface DeskIntakeResult extends DeskIntakeView {
  dossier: DossierRow;
  /** Whether the dossier has been sent on to its competent agency. */
  transferred: boolean;
  /** A received paper dossier of another agency, not yet sent on: the page offers routing. */
  needsRouting: boolean;
}

/** The desk this officer works (the default desk of an agency where they hold a desk role), if any. */
export async function deskOfOfficer(deps: Pick<DossierDeps, 'agencies'>, actor: Actor): Promise<Desk | undefined> {
  return deskOf(actor, await deps.agencies.current());
}

/** The officer's own draft, optionally locked; 404 for a malformed id, another officer's draft or none. */
export async function ownDeskIntake(db: Executor, actor: Actor, intakeId: string, forUpdate = false): Promise<DeskIntakeRow> {
  const intake = DRAFT_ID.test(intakeId) ? await findDeskIntake(db, intakeId, actor.id, forUpdate) : undefined;
  if (!intake) throw new NotFoundError();
  authorize(actor, 'deskIntake.continue', intake);
  return intake;
}

/** The procedure version a draft is filled against: its current published one. */
export async function intakeVersion(deps: Pick<DossierDeps, 'procedures'>, db: Executor, intake: Pick<DeskIntakeRow, 'procedureCode'>): Promise<LoadedVersion> {
  const found = await deps.procedures.currentByCode(db, intake.procedureCode);
  if (!found?.current) throw new NotFoundError('procedure.noPublishedVersion', { code: intake.procedureCode });
  return found.current;
}

export async function deskIntakeView(deps: DossierDeps, actor: Actor, intakeId: string): Promise<DeskIntakeView> {
  const intake = await ownDeskIntake(deps.db, actor, intakeId);
  const version = await intakeVersion(deps, deps.db, intake);
  const dossier = intake.dossierId ? await findDossier(deps.db, intake.dossierId) : undefined;
  return { intake, version, dossier };
}

/** The decided draft with its dossier, or undefined while it has no decision (the page goes back to the draft). */
export async function deskIntakeResult(deps: DossierDeps, actor: Actor, intakeId: string): Promise<DeskIntakeResult | undefined> {
  const view = await deskIntakeView(deps, actor, intakeId);
  const { intake, dossier } = view;
  if (!intake.decision || !dossier) return undefined;
  const transferred = (await listActions(deps.db, dossier.id)).some((a) => a.type === 'transfer');
  const needsRouting = intake.decision === 'receive' && dossier.isOpen && !transferred && dossier.competentAgencyId !== dossier.receivingAgencyId;
  return { ...view, dossier, transferred, needsRouting };
}

/** The officer's drafts not decided yet, newest first. */
export function openDeskIntakes(deps: Pick<DossierDeps, 'db'>, actor: Actor): Promise<DeskIntakeRow[]> {
  return openRows(deps.db, actor.id);
}

/** The desk's decisions today (Vietnam time) and their average handling time, null when none yet. */
export async function deskHandlingToday(deps: Pick<DossierDeps, 'db' | 'clock'>, deskId: string): Promise<{ count: number; averageMs: number | null }> {
  const from = new Date(Date.parse(`${vnLocalDate(deps.clock.now())}T00:00:00Z`) - VN_OFFSET_MS);
  return deskHandlingStats(deps.db, deskId, from, new Date(from.getTime() + 86_400_000));
}
