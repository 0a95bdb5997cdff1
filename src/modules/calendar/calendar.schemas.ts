/** Inputs of calendar administration. */
import { z } from 'zod';

export const CalendarDayType = z.enum(['HOLIDAY', 'SUBSTITUTE_HOLIDAY', 'MAKEUP_WORKDAY', 'CLOSURE']);
export type CalendarDayType = z.infer<typeof CalendarDayType>;

/** One entered row: what the day is and which notice says so. */
export const CalendarDayInput = z.strictObject({
  type: CalendarDayType,
  label: z.string().trim().min(2).max(200),
  sourceDocument: z.string().trim().min(2).max(300),
  optional: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type CalendarDayInput = z.input<typeof CalendarDayInput>;

export const CalendarYearInput = z.strictObject({ status: z.enum(['OFFICIAL', 'PROVISIONAL']), sourceDocument: z.string().trim().min(2).max(300) });
export type CalendarYearInput = z.infer<typeof CalendarYearInput>;
