/** Form pieces shared by "create an officer" and "grant a role": the role, the agency (within the admin's scope) and the validity dates. */
import { z } from 'zod';
import type { AgencySnapshot } from '../../../modules/agencies/index.ts';
import { officerRoles } from '../../../modules/identity/index.ts';
import { ForbiddenError, ValidationError } from '../../../platform/errors.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { select, textInput, type FieldErrors } from '../../components/forms.ts';
import { firstValue, type FormValues } from '../../form-input.ts';
import { html, type Html } from '../../html.ts';
import type { Officer } from '../officer-session.ts';

export const GrantFields = {
  role: z.enum(officerRoles),
  agencyCode: z.string().min(3).max(35),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
};

/** Agencies where this administrator may grant roles, as select options (code order). */
export function adminAgencies(officer: Officer, agencies: AgencySnapshot) {
  const scope = officer.actor.scope.get('ADMIN') ?? new Set<string>();
  return agencies
    .all()
    .filter((a) => scope.has(a.id))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((a) => ({ value: a.code, label: `${a.code} – ${a.name}` }));
}

export function grantFields(locale: Locale, options: { value: string; label: string }[], values: FormValues, errors: FieldErrors): Html {
  const v = (k: string) => firstValue(values[k]);
  return html`${select({ name: 'role', label: t(locale, 'officeAdmin.officers.role'), value: v('role'), error: errors.role, options: officerRoles.map((r) => ({ value: r, label: t(locale, `role.${r}` as MessageKey) })) })}
${select({ name: 'agencyCode', label: t(locale, 'officeAdmin.officers.agency'), value: v('agencyCode'), error: errors.agencyCode, options })}
${textInput({ name: 'validFrom', type: 'date', label: t(locale, 'officeAdmin.officers.validFrom'), hint: t(locale, 'officeAdmin.officers.validFromHint'), value: v('validFrom'), error: errors.validFrom })}
${textInput({ name: 'validTo', type: 'date', label: t(locale, 'officeAdmin.officers.validTo'), hint: t(locale, 'officeAdmin.officers.validToHint'), value: v('validTo'), error: errors.validTo })}`;
}

/**
 * Whether a grant command refused the chosen agency: outside the administrator's
 * subtree (403) or no such code (400 on the grant's agency). The select offers
 * only the administrator's agencies, so either means the form was tampered with
 * or the tree changed meanwhile; the page says so on the agency field.
 */
export function agencyRefused(err: unknown): boolean {
  return err instanceof ForbiddenError || (err instanceof ValidationError && err.issues.some((i) => i.path.at(-1) === 'agencyCode'));
}
