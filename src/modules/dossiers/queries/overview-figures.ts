/**
 * The leader's overview for a period: totals, per unit (the agency itself and
 * each child agency) and per assignee. The database returns one row per
 * competent agency and per assignee; only those few groups are added up here.
 */
import type { Db } from '../../../platform/db/database.ts';
import type { AgencySnapshot } from '../../agencies/index.ts';
import { findOfficerById, type Actor } from '../../identity/index.ts';
import { overviewCounts, overviewMeasures, type OverviewCounts, type OverviewWindow } from '../overview.repo.ts';
import { overviewScope, overviewUnits, type OverviewUnit } from './overview-scope.ts';

export interface OverviewFigures {
  totals: OverviewCounts;
  units: (OverviewUnit & { counts: OverviewCounts })[];
  officers: { id: string | null; name: string | null; counts: OverviewCounts }[];
}

const zero = (): OverviewCounts => Object.fromEntries(overviewMeasures.map((m) => [m, 0])) as OverviewCounts;

function add(into: OverviewCounts, from: OverviewCounts): void {
  for (const m of overviewMeasures) into[m] += from[m];
}

/** `reports` is the report reader (services.reports): a read-only streaming replica when configured, so the figures may lag the primary by the replica's replay delay. */
export async function overviewFigures(reports: Db, agencies: AgencySnapshot, actor: Actor, period: { from: Date; to: Date }, now: Date): Promise<OverviewFigures> {
  const w: OverviewWindow = { scope: overviewScope(actor), ...period, now };
  const groups = await overviewCounts(reports, w);
  const byAgency = groups.filter((g) => g.by === 'agency');
  const totals = zero();
  for (const g of byAgency) add(totals, g);
  const units = overviewUnits(actor, agencies).map((u) => {
    const ids = new Set(u.agencyIds);
    const counts = zero();
    for (const g of byAgency) if (g.key && ids.has(g.key)) add(counts, g);
    return { ...u, counts };
  });
  const officers = await Promise.all(
    groups
      .filter((g) => g.by === 'assignee')
      .map(async (g) => ({ id: g.key, name: g.key ? ((await findOfficerById(reports, g.key))?.fullName ?? null) : null, counts: (({ by: _b, key: _k, ...c }) => c)(g) })),
  );
  officers.sort((a, b) => (a.id === null ? 1 : b.id === null ? -1 : (a.name ?? '').localeCompare(b.name ?? '', 'vi')));
  return { totals, units, officers };
}
