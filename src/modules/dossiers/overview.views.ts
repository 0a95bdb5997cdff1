/** The leader's overview as pages see it: the measures counted, and the shapes of a count and of a listed dossier. */

export const overviewMeasures = ['received', 'inProgress', 'early', 'onTime', 'late', 'atRisk', 'overdue'] as const;
export type OverviewMeasure = (typeof overviewMeasures)[number];

export type OverviewCounts = Record<OverviewMeasure, number>;

/** The scope and the period counted: agencies, [from, to), and the instant "at risk" and "overdue" are judged at. */
export interface OverviewWindow {
  scope: string[];
  from: Date;
  /** Exclusive end of the period. */
  to: Date;
  now: Date;
}

export interface OverviewListRow {
  id: string;
  code: string | null;
  procedureCode: string;
  ownerName: string;
  state: string;
  receivedAt: Date | null;
  currentDueAt: Date | null;
  finishedAt: Date | null;
}
