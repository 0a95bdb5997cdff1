/**
 * The actions this actor may take now, with the reasons for those it may not
 * (UI buttons and the 409 answer both come from here). Only the actions of the
 * current step are considered; taking one re-checks everything in the command.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import type { WorkingCalendar } from '../../calendar/index.ts';
import type { Actor } from '../../identity/index.ts';
import { failingGuards, getStep, rolesFor, type WorkflowDefinition } from '../../workflow/index.ts';
import { buildGuardContext } from '../commands/guard-context.ts';
import { matchRole } from '../dossier.policy.ts';
import { dossierRecords } from '../dossier.repo.ts';
import type { ConsultationRow, DossierRow, TaskRow } from '../dossier.rows.ts';

export async function allowedActionsFor(
  db: Executor,
  actor: Actor,
  dossier: DossierRow,
  definition: WorkflowDefinition,
  calendar: WorkingCalendar,
  now: Date,
  locale: Locale,
  subrecords: { consultations: ConsultationRow[]; tasks: TaskRow[] },
  paymentTiming: string,
) {
  const step = getStep(definition, dossier.step);
  const out = [];
  for (const action of step.actions) {
    const stepAgency = (action.agency ?? step.agency) === 'RECEIVING' ? dossier.receivingAgencyId : dossier.competentAgencyId;
    // Replies and inter-agency tasks are acted on by the agency they are addressed to.
    const agencies =
      action.type === 'reply_consultation'
        ? subrecords.consultations.filter((c) => !c.answeredAt).map((c) => c.agencyId)
        : action.type === 'complete_task'
          ? subrecords.tasks.filter((k) => k.status === 'OPEN').map((k) => k.agencyId)
          : [stepAgency];
    const roles = rolesFor(step, action);
    const match = agencies.map((a) => matchRole(actor, roles, a, dossier.receivingAgencyId)).find(Boolean);
    const reasons: string[] = [];
    if (!match) {
      reasons.push(t(locale, 'guard.role', { roles: roles.join(', '), agency: agencies.length ? agencies.join(', ') : '—' }));
    } else {
      const ctx = await buildGuardContext(dossierRecords(db, dossier.id), dossier, actor, now, calendar, { type: action.type } as never, action.guards, paymentTiming);
      for (const f of failingGuards(action.guards, ctx)) reasons.push(t(locale, f.key, f.params ?? {}));
    }
    out.push({ id: action.id, type: action.type, label: action.label ?? null, to: action.to ?? null, allowed: reasons.length === 0, reasons });
  }
  return out;
}
