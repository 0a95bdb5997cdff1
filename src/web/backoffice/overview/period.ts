/**
 * The period of the overview from `?tu=YYYY-MM-DD&den=YYYY-MM-DD` (both days
 * included, Vietnam time); this month by default. Bad input is reported on
 * its field and the default period is shown instead.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { vnLocalDate } from '../../../platform/clock.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { FieldErrors } from '../../components/forms.ts';
import { parseForm } from '../../form-input.ts';

export interface Period {
  fromDay: string;
  toDay: string;
  from: Date;
  /** Exclusive: midnight after `toDay`. */
  to: Date;
}

const PeriodQuery = z.object({ tu: z.iso.date().optional(), den: z.iso.date().optional() });

const startOf = (day: string) => new Date(`${day}T00:00:00+07:00`);

function makePeriod(fromDay: string, toDay: string): Period {
  return { fromDay, toDay, from: startOf(fromDay), to: new Date(startOf(toDay).getTime() + 86_400_000) };
}

export function thisMonth(now: Date): Period {
  const today = vnLocalDate(now);
  const first = `${today.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1));
  const last = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
  return makePeriod(first, last);
}

export function periodOf(request: FastifyRequest, locale: Locale, now: Date): { period: Period; errors: FieldErrors; values: { tu?: string; den?: string } } {
  const q = request.query as Record<string, unknown>;
  const values = { ...(typeof q.tu === 'string' ? { tu: q.tu } : {}), ...(typeof q.den === 'string' ? { den: q.den } : {}) };
  const parsed = parseForm(PeriodQuery, values, locale);
  const fallback = thisMonth(now);
  if (!parsed.ok) return { period: fallback, errors: parsed.errors, values };
  const fromDay = parsed.data.tu ?? fallback.fromDay;
  const toDay = parsed.data.den ?? fallback.toDay;
  if (toDay < fromDay) return { period: fallback, errors: { den: t(locale, 'officeAdmin.overview.toBeforeFrom') }, values };
  if (startOf(toDay).getTime() - startOf(fromDay).getTime() > 400 * 86_400_000) return { period: fallback, errors: { den: t(locale, 'officeAdmin.overview.tooLong') }, values };
  return { period: makePeriod(fromDay, toDay), errors: {}, values };
}

/** The query string that keeps the period on links (drill-down, chart). */
export const periodQuery = (p: Period): string => `tu=${p.fromDay}&den=${p.toDay}`;
