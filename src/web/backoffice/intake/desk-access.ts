/**
 * Who may use the desk intake pages: an officer holding the desk role (or the
 * postal stand-in) somewhere. Their desk is the one-stop desk of that agency;
 * a desk receives for any agency (receipt regardless of boundaries).
 */
import { ForbiddenError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import type { Desk } from '../../../modules/agencies/index.ts';
import { deskOfOfficer } from '../../../modules/dossiers/index.ts';
import type { Admit } from '../../guards.ts';
import type { WebDeps } from '../../web-deps.ts';
import type { Officer } from '../officer-session.ts';

export interface DeskOfficer extends Officer {
  desk: Desk;
}

/** Admits a desk officer with their desk; any other officer gets the 403 page. */
export function admitDeskOfficer(deps: WebDeps): Admit<DeskOfficer> {
  return async (officer) => {
    const desk = await deskOfOfficer(deps.services.dossiers, officer.actor);
    if (!desk) throw new ForbiddenError();
    return { ...officer, desk };
  };
}

/** "12 phút", "1 giờ 5 phút": working or elapsed time as people say it. */
export function minutesText(locale: 'vi' | 'en', ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t(locale, 'officeIntake.hoursMinutes', { h, m }) : t(locale, 'officeIntake.minutes', { m });
}
