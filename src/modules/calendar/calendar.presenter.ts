/** A stored calendar row as the API and the administration page show it. */
import type { CalendarDayRow } from './calendar.repo.ts';

export interface CalendarDayView {
  date: string;
  type: string;
  label: string;
  sourceDocument: string | null;
  optional: boolean;
  active: boolean;
}

export function dayView(r: Pick<CalendarDayRow, 'day' | 'type' | 'label' | 'sourceDocument' | 'optional' | 'active'>): CalendarDayView {
  return { date: r.day, type: r.type, label: r.label, sourceDocument: r.sourceDocument, optional: r.optional, active: r.active };
}
