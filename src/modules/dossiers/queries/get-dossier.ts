/** An officer's full view of one dossier. Every full read is written to the audit log (DOMAIN §14). */
import { UUID_RE } from '../../../platform/ids.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { canSee } from '../dossier.policy.ts';
import { presentDossier } from '../dossier.presenter.ts';
import {
  findDossier,
  listActions,
  listComponents,
  listConsultations,
  listResults,
  listSupplements,
  listTasks,
} from '../dossier.repo.ts';
import { allowedActionsFor } from './allowed-actions.ts';
import { findDossierScope, type DossierScope } from '../dossier-reads.repo.ts';

/** Finds a dossier by id or code within the actor's scope; outside it, the dossier does not exist. */
export async function findVisibleDossier(deps: Pick<DossierDeps, 'db'>, actor: Actor, idOrCode: string, executor: Executor = deps.db): Promise<DossierScope> {
  const scope = await findDossierScope(executor, idOrCode, UUID_RE.test(idOrCode));
  if (!scope || !canSee(actor, scope)) throw new NotFoundError('dossier.notFound');
  return scope;
}

export async function getDossier(deps: DossierDeps, actor: Actor, idOrCode: string, locale: Locale, requestId?: string) {
  const db = deps.db;
  const { id } = await findVisibleDossier(deps, actor, idOrCode);
  const row = (await findDossier(db, id))!;
  const [version, workflow, agencies, calendar] = await Promise.all([
    deps.procedures.versionById(db, row.procedureVersionId),
    deps.workflows.get(db, row.workflowId),
    deps.agencies.current(),
    deps.calendars.forAgency(row.competentAgencyId),
  ]);
  const [components, actions, supplements, consultations, tasks, results] = await Promise.all([
    listComponents(db, row.id),
    listActions(db, row.id),
    listSupplements(db, row.id),
    listConsultations(db, row.id),
    listTasks(db, row.id),
    listResults(db, row.id),
  ]);
  const now = deps.clock.now();
  const allowedActions = await allowedActionsFor(db, actor, row, workflow!.definition, calendar, now, locale, { consultations, tasks }, version!.version.paymentTiming);
  await deps.audit.record(db, { actor, at: now, requestId }, [
    { action: 'dossier.read', entityType: 'dossier', entityId: row.id, payload: { code: row.code } },
  ]);
  return presentDossier(
    row,
    version!,
    workflow!.definition,
    { components, actions, supplements, consultations, tasks, results, allowedActions },
    { locale, agencies, refusalSyncStatus: deps.config.refusalSyncStatus, now },
  );
}
