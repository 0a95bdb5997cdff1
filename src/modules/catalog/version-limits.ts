/** What a version's workflow is checked against: the working day, and the version's legal time limit in working minutes. */
import type { ValidationOptions } from '../workflow/index.ts';
import type { VersionRow } from './catalog.repo.ts';
import { DurationUnit } from './catalog.schemas.ts';
import { legalLimitMinutes, legalLimitText } from './legal-limit.ts';

export function versionLimits(row: Pick<VersionRow, 'durationAmount' | 'durationUnit'>, workingDayMinutes: number): ValidationOptions {
  const unit = DurationUnit.parse(row.durationUnit);
  return { workingDayMinutes, legalLimitMinutes: legalLimitMinutes(row.durationAmount, unit, workingDayMinutes), legalLimitText: legalLimitText(row.durationAmount, unit) };
}
