/**
 * SQL of the leader's overview: counts of dossiers in an officer's agencies
 * for a period, grouped by competent agency and by assignee in one pass
 * (GROUPING SETS), and the dossiers behind one number (drill-down). The scope
 * filter uses the agency array's GIN index; nothing is counted in JS.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { overviewMeasures, type OverviewCounts, type OverviewListRow, type OverviewMeasure, type OverviewWindow } from './overview.views.ts';

export { overviewMeasures, type OverviewCounts, type OverviewListRow, type OverviewMeasure, type OverviewWindow } from './overview.views.ts';

const open = (w: OverviewWindow) => sql`(is_open AND finished_at IS NULL AND received_at IS NOT NULL AND received_at < ${w.to.toISOString()}::timestamptz)`;
const finishedIn = (w: OverviewWindow, timeliness: string) =>
  sql`(finished_at >= ${w.from.toISOString()}::timestamptz AND finished_at < ${w.to.toISOString()}::timestamptz AND timeliness = ${timeliness})`;

/** What each number means, as one SQL condition: the counts and the drill-down lists use the same text. */
function measureSql(m: OverviewMeasure, w: OverviewWindow): SQL {
  switch (m) {
    case 'received':
      return sql`(received_at >= ${w.from.toISOString()}::timestamptz AND received_at < ${w.to.toISOString()}::timestamptz)`;
    case 'inProgress':
      return open(w);
    case 'early':
      return finishedIn(w, 'EARLY');
    case 'onTime':
      return finishedIn(w, 'ON_TIME');
    case 'late':
      return finishedIn(w, 'LATE');
    case 'atRisk':
      return sql`(${open(w)} AND warn_at <= ${w.now.toISOString()}::timestamptz AND current_due_at >= ${w.now.toISOString()}::timestamptz)`;
    case 'overdue':
      return sql`(${open(w)} AND current_due_at < ${w.now.toISOString()}::timestamptz)`;
  }
}

const scoped = (w: OverviewWindow) => sql`agency_ids && ${`{${w.scope.join(',')}}`}::uuid[]`;

export interface OverviewGroupRow extends OverviewCounts {
  /** 'agency' rows carry the competent agency id, 'assignee' rows the assignee id (null: nobody assigned). */
  by: 'agency' | 'assignee';
  key: string | null;
}

const column: Record<OverviewMeasure, string> = { received: 'received', inProgress: 'in_progress', early: 'early', onTime: 'on_time', late: 'late', atRisk: 'at_risk', overdue: 'overdue' };

export async function overviewCounts(db: Executor, w: OverviewWindow): Promise<OverviewGroupRow[]> {
  if (w.scope.length === 0) return [];
  const counts = sql.join(
    overviewMeasures.map((m) => sql`count(*) FILTER (WHERE ${measureSql(m, w)})::int AS ${sql.identifier(column[m])}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    SELECT GROUPING(competent_agency_id) AS g_agency, competent_agency_id::text AS agency, assignee_id::text AS assignee, ${counts}
    FROM dossiers
    WHERE ${scoped(w)} AND (${measureSql('received', w)} OR ${open(w)} OR (finished_at >= ${w.from.toISOString()}::timestamptz AND finished_at < ${w.to.toISOString()}::timestamptz))
    GROUP BY GROUPING SETS ((competent_agency_id), (assignee_id))`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((r) => {
    const byAgency = Number(r.g_agency) === 0;
    const out = { by: byAgency ? 'agency' : 'assignee', key: (byAgency ? r.agency : r.assignee) as string | null } as OverviewGroupRow;
    for (const m of overviewMeasures) out[m] = Number(r[column[m]]);
    return out;
  });
}

/** The dossiers behind one number, optionally of some competent agencies or of one assignee; the most urgent first. */
export async function overviewList(
  db: Executor,
  w: OverviewWindow,
  measure: OverviewMeasure,
  filter: { agencyIds?: string[] | undefined; assigneeId?: string | null | undefined },
  limit: number,
): Promise<OverviewListRow[]> {
  if (w.scope.length === 0) return [];
  const byAgency = filter.agencyIds ? sql` AND competent_agency_id = ANY(${`{${filter.agencyIds.join(',')}}`}::uuid[])` : sql``;
  const byAssignee = filter.assigneeId === undefined ? sql`` : filter.assigneeId === null ? sql` AND assignee_id IS NULL` : sql` AND assignee_id = ${filter.assigneeId}::uuid`;
  const result = await db.execute(sql`
    SELECT id::text, code, procedure_code, owner_name, state, received_at, current_due_at, finished_at
    FROM dossiers WHERE ${scoped(w)} AND ${measureSql(measure, w)}${byAgency}${byAssignee}
    ORDER BY current_due_at NULLS LAST, id LIMIT ${limit}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return rows.map((r) => ({
    id: r.id as string,
    code: r.code as string | null,
    procedureCode: r.procedure_code as string,
    ownerName: r.owner_name as string,
    state: r.state as string,
    receivedAt: date(r.received_at),
    currentDueAt: date(r.current_due_at),
    finishedAt: date(r.finished_at),
  }));
}
