/** The dossiers behind one number of the leader's overview, within the same scope as the figures. */
import type { Db } from '../../../platform/db/database.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import type { Actor } from '../../identity/index.ts';
import { overviewList, type OverviewListRow, type OverviewMeasure } from '../overview.repo.ts';
import { findUnit, overviewScope, overviewUnits } from './overview-scope.ts';

export const OVERVIEW_LIST_LIMIT = 200;

export interface OverviewListFilter {
  measure: OverviewMeasure;
  /** A unit of the overview: an agency, alone (`direct`) or with its subtree. */
  unit?: { agencyId: string; direct: boolean } | undefined;
  /** An assignee's id, or null for dossiers nobody is assigned to. */
  assigneeId?: string | null | undefined;
}

/** Undefined when the unit named is not one of the officer's (the page answers 404). Read through `reports` (services.reports: the replica when configured). */
export async function overviewDossiers(
  reports: Db,
  agencies: AgencySnapshot,
  actor: Actor,
  period: { from: Date; to: Date },
  now: Date,
  f: OverviewListFilter,
): Promise<OverviewListRow[] | undefined> {
  const unit = f.unit ? findUnit(overviewUnits(actor, agencies), f.unit.agencyId, f.unit.direct) : undefined;
  if (f.unit && !unit) return undefined;
  return overviewList(reports, { scope: overviewScope(actor), ...period, now }, f.measure, { agencyIds: unit?.agencyIds, assigneeId: f.assigneeId }, OVERVIEW_LIST_LIMIT);
}
