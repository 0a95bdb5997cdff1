/**
 * Online intake at a desk: dossiers submitted on the portal, the national portal
 * or a kiosk that wait for the desk's acceptance, soonest intake deadline first
 * (so overdue and at-risk ones lead), each with the working time left on the
 * 8-working-hour clock measured by the competent agency's calendar.
 */
import type { Actor } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { INTAKE_WORKING_HOURS } from '../deadlines.ts';
import { listDossiers, type DossierSummaryRow } from '../dossier.repo.ts';
import { HOUR_MS, workingTimeLeftMs } from '../working-time.ts';

const ONLINE = new Set(['PORTAL', 'DVCQG', 'KIOSK']);
/** Less than this much working time left counts as at risk: a quarter of the intake clock. */
export const INTAKE_AT_RISK_MS = (INTAKE_WORKING_HOURS * HOUR_MS) / 4;

export interface OnlineIntakeItem {
  dossier: DossierSummaryRow;
  /** Working milliseconds left before the intake deadline; negative once overdue. */
  workingMsLeft: number;
  urgency: 'OVERDUE' | 'AT_RISK' | 'ON_TIME';
}

export async function listOnlineIntake(deps: DossierDeps, actor: Actor, limit = 200): Promise<OnlineIntakeItem[]> {
  const agencyIds = [...new Set([...(actor.scope.get('DESK_OFFICER') ?? []), ...(actor.scope.get('POSTAL_AGENT') ?? [])])];
  if (agencyIds.length === 0) return [];
  const rows = await listDossiers(deps.db, { visibleAgencyIds: agencyIds, queue: [{ role: 'DESK_OFFICER', agencyIds }], states: ['SUBMITTED'], open: true, limit });
  const now = deps.clock.now();
  const items: OnlineIntakeItem[] = [];
  for (const d of rows) {
    if (!ONLINE.has(d.channel) || !d.intakeDueAt) continue;
    const calendar = await deps.calendars.forAgency(d.competentAgencyId);
    const due = d.intakeDueAt;
    const workingMsLeft = workingTimeLeftMs(calendar, now, due);
    const urgency = due <= now ? 'OVERDUE' : workingMsLeft < INTAKE_AT_RISK_MS ? 'AT_RISK' : 'ON_TIME';
    items.push({ dossier: d, workingMsLeft, urgency });
  }
  const rank = { OVERDUE: 0, AT_RISK: 1, ON_TIME: 2 } as const;
  return items.sort((a, b) => rank[a.urgency] - rank[b.urgency] || a.dossier.intakeDueAt!.getTime() - b.dossier.intakeDueAt!.getTime());
}
