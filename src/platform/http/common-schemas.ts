/**
 * Bounded shapes shared by routes: PostgreSQL's int4 and date types (and the
 * calendar's supported years) are narrower than JavaScript numbers and ISO
 * strings, so inputs are bounded here rather than failing in the database.
 */
import { z } from 'zod';

export const INT4_MAX = 2_147_483_647;

/** A version number in a path or query: 1 … int4 max. */
export const VersionNumber = z.coerce.number().int().min(1).max(INT4_MAX);

/** A calendar date the system can reason about: 1900-01-01 … 2199-12-31. */
export const CalendarDate = z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'dateRange' });

/** An instant within the same years, with its offset. */
export const CalendarInstant = z.iso
  .datetime({ offset: true })
  .refine((s) => {
    const ms = Date.parse(s);
    return Number.isFinite(ms) && ms >= Date.UTC(1900, 0, 1) && ms < Date.UTC(2200, 0, 1);
  }, { message: 'dateRange' });
