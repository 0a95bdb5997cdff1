/**
 * The checks every file operation on a dossier starts with: visible to the
 * actor (else 404, existence not revealed), permitted (403), still open (409),
 * and — when a component is named — a component of the dossier's procedure version.
 */
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { Component, LoadedVersion } from '../../catalog/index.ts';
import { canSee, dossierRepo, findVisibleDossier, lockDossierRow } from '../../dossiers/index.ts';
import type { DossierRow } from '../../dossiers/dossier.repo.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';

export interface DossierForFiles {
  dossier: DossierRow;
  version: LoadedVersion;
  component: Component | undefined;
}

export async function dossierForFiles(
  db: Executor,
  deps: DocumentDeps,
  actor: Actor,
  idOrCode: string,
  permitted: (actor: Actor, d: DossierRow) => boolean,
  action: MessageKey,
  componentCode: string | null,
  lock = false,
): Promise<DossierForFiles> {
  const { id } = await findVisibleDossier(deps.dossiers, actor, idOrCode, db);
  const dossier = lock ? await lockDossierRow(db, id) : await dossierRepo.findDossier(db, id);
  if (!dossier || !canSee(actor, dossier)) throw new NotFoundError('dossier.notFound');
  if (!permitted(actor, dossier)) throw new ForbiddenError('documents.notPermitted', { action: t('vi', action) });
  if (!dossier.isOpen) throw new ConflictError('documents.dossierClosed', { state: t('vi', `state.${dossier.state}` as MessageKey) });
  const version = await deps.procedures.versionById(db, dossier.procedureVersionId);
  if (!version) throw new Error(`Dossier ${dossier.id} refers to a missing procedure version`);
  const component = componentCode === null ? undefined : version.version.details.components.find((c) => c.code === componentCode);
  if (componentCode !== null && !component) throw new UnprocessableError('documents.unknownComponent', [], { code: componentCode });
  return { dossier, version, component };
}
