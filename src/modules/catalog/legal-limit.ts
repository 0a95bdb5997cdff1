/**
 * Legal time limits in comparable units. Step budgets are in working time, so a
 * limit in calendar days or months is converted to the fewest working days it
 * can contain (weekends only; holidays make it shorter still, which the due-date
 * engine handles per dossier). A same-day limit counts as one working day.
 */
import type { DurationUnit } from './catalog.schemas.ts';

export function legalLimitMinutes(amount: number, unit: DurationUnit, workingDayMinutes: number): number {
  switch (unit) {
    case 'HOUR':
      return amount * 60;
    case 'WORKING_DAY':
      return Math.max(1, amount) * workingDayMinutes;
    case 'DAY':
      return Math.max(1, Math.floor((amount * 5) / 7)) * workingDayMinutes;
    case 'MONTH':
      return amount * 19 * workingDayMinutes;
  }
}

export function legalLimitText(amount: number, unit: DurationUnit): string {
  if (amount === 0) return 'trong ngày làm việc';
  const units: Record<DurationUnit, string> = {
    HOUR: 'giờ làm việc',
    WORKING_DAY: 'ngày làm việc',
    DAY: 'ngày',
    MONTH: 'tháng',
  };
  return `${amount} ${units[unit]}`;
}

/** The due-date engine's unit for a catalogue unit (catalogue HOUR means working hours, DOMAIN §5.2(7)). */
export function engineUnit(unit: DurationUnit): 'WORKING_HOUR' | 'WORKING_DAY' | 'DAY' | 'MONTH' {
  return unit === 'HOUR' ? 'WORKING_HOUR' : unit;
}
