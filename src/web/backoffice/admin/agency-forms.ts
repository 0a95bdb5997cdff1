/** The forms of one agency's administration page: details, office hours, a new desk, a new child agency. */
import { z } from 'zod';
import type { Agency } from '../../../modules/agencies/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, choices, postForm, select, textInput, type FieldErrors } from '../../components/forms.ts';
import { firstValue, type FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import { adminUrl } from './admin-links.ts';

const interval = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** Office hours as typed: weekdays ticked and "07:30-11:30, 13:30-17:00"; nothing ticked means "the calendar's hours". */
export const HoursForm = z.strictObject({
  weekdays: z.union([z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(z.enum(['1', '2', '3', '4', '5', '6', '7']))]).optional(),
  intervals: z
    .string()
    .optional()
    .refine((v) => v === undefined || v.split(',').every((part, i, all) => {
      const p = part.trim();
      if (!interval.test(p)) return false;
      const [a, b] = p.split('-') as [string, string];
      const prevEnd = i === 0 ? '' : all[i - 1]!.trim().split('-')[1]!;
      return a < b && prevEnd <= a;
    }), { message: 'officeAdmin.agencies.intervalsInvalid' }),
});

export function hoursFromForm(d: z.infer<typeof HoursForm>) {
  const days = d.weekdays === undefined ? [] : Array.isArray(d.weekdays) ? d.weekdays : [d.weekdays];
  if (days.length === 0 || !d.intervals) return null;
  return { weekdays: days.map(Number).sort(), intervals: d.intervals.split(',').map((p) => p.trim().split('-') as [string, string]) };
}

const kinds = ['DEPARTMENT', 'DIVISION', 'OFFICE', 'SERVICE_CENTRE', 'PEOPLES_COMMITTEE', 'POST', 'VERTICAL_UNIT', 'MINISTRY'] as const;

type Forms = Record<string, { values: FormValues; errors: FieldErrors } | undefined>;

export type AgencyPage = 'main' | 'desk' | 'child';

/** The main page holds details and hours; a new desk and a new child agency have a page each (their fields share names). */
export function agencyForms(locale: Locale, csrf: string, agency: Agency, today: string, forms: Forms, page: AgencyPage): Html {
  const base = adminUrl.agency(agency.code);
  const f = (form: string) => ({ v: (k: string) => firstValue(forms[form]?.values[k]), e: forms[form]?.errors ?? {} });
  const d = forms.details ? f('details') : { v: (k: string) => ({ name: agency.name, shortName: agency.shortName ?? undefined, address: agency.address ?? undefined })[k], e: {} as FieldErrors };
  const h = f('hours');
  const wh = agency.workingHours;
  const days = forms.hours ? forms.hours.values.weekdays : wh?.weekdays.map(String);
  const ds = f('desk');
  const c = f('child');
  if (page === 'desk') {
    return html`<h2>${t(locale, 'officeAdmin.agencies.newDesk')}</h2>
${postForm(`${base}/mot-cua`, csrf, html`<input type="hidden" name="validFrom" value="${today}">${textInput({ name: 'code', label: t(locale, 'officeAdmin.agencies.code'), value: ds.v('code'), error: ds.e.code, required: true })}
${textInput({ name: 'name', label: t(locale, 'officeAdmin.agencies.name'), value: ds.v('name'), error: ds.e.name, required: true })}
${textInput({ name: 'address', label: t(locale, 'officeAdmin.agencies.address'), value: ds.v('address'), error: ds.e.address })}
${button(t(locale, 'officeAdmin.agencies.addDesk'))}`)}`;
  }
  if (page === 'child') {
    return html`<h2>${t(locale, 'officeAdmin.agencies.newChild')}</h2>
${postForm(`${base}/don-vi-con`, csrf, html`<input type="hidden" name="validFrom" value="${today}">${textInput({ name: 'code', label: t(locale, 'officeAdmin.agencies.code'), hint: t(locale, 'officeAdmin.agencies.codeHint'), value: c.v('code'), error: c.e.code, required: true })}
${textInput({ name: 'name', label: t(locale, 'officeAdmin.agencies.name'), value: c.v('name'), error: c.e.name, required: true })}
${select({ name: 'kind', label: t(locale, 'officeAdmin.agencies.kind'), value: c.v('kind'), error: c.e.kind, options: kinds.map((k) => ({ value: k, label: k })) })}
${button(t(locale, 'officeAdmin.agencies.addChild'))}`)}`;
  }
  return html`<p><a href="${base}/mot-cua">${t(locale, 'officeAdmin.agencies.newDesk')}</a> · <a href="${base}/don-vi-con">${t(locale, 'officeAdmin.agencies.newChild')}</a></p>
<h2>${t(locale, 'officeAdmin.agencies.details')}</h2>
${postForm(base, csrf, html`${textInput({ name: 'name', label: t(locale, 'officeAdmin.agencies.name'), value: d.v('name'), error: d.e.name, required: true })}
${textInput({ name: 'shortName', label: t(locale, 'officeAdmin.agencies.shortName'), value: d.v('shortName'), error: d.e.shortName })}
${textInput({ name: 'address', label: t(locale, 'officeAdmin.agencies.address'), value: d.v('address'), error: d.e.address })}
${button(t(locale, 'officeAdmin.save'))}`)}
<h2>${t(locale, 'officeAdmin.agencies.hours')}</h2>
${postForm(`${base}/gio-lam-viec`, csrf, html`${choices({ name: 'weekdays', multiple: true, label: t(locale, 'officeAdmin.agencies.weekdays'), hint: t(locale, 'officeAdmin.agencies.weekdaysHint'), value: days, error: h.e.weekdays, options: ['1', '2', '3', '4', '5', '6', '7'].map((n) => ({ value: n, label: t(locale, 'officeAdmin.agencies.weekday', { n: n === '7' ? 'CN' : String(Number(n) + 1) }) })) })}
${textInput({ name: 'intervals', label: t(locale, 'officeAdmin.agencies.intervals'), hint: t(locale, 'officeAdmin.agencies.intervalsHint'), value: forms.hours ? h.v('intervals') : wh?.intervals.map(([a, b]) => `${a}-${b}`).join(', '), error: h.e.intervals })}
${button(t(locale, 'officeAdmin.save'))}`)}`;
}
