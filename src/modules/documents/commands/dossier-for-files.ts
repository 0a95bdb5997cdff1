/**
 * The checks every file operation on a dossier starts with: visible to the
 * actor (else 404, existence not revealed), permitted (403), still open and
 * not yet decided (409: the record the decision rests on is frozen), and — when a component is named — a component of the dossier's procedure version.
 */
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { Component, LoadedVersion } from '../../catalog/index.ts';
import { canSee, findVisibleDossier, readDossier, readDossierForUpdate, type DossierRow } from '../../dossiers/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { authorizeOnDossier, filesFrozen, type DossierPermission } from '../documents.policy.ts';

export interface DossierForFiles {
  dossier: DossierRow;
  version: LoadedVersion;
  component: Component | undefined;
}

export interface FileTarget {
  idOrCode: string;
  permission: DossierPermission;
  /** What the refusal names ("đính kèm tệp", "số hóa giấy tờ"). */
  action: MessageKey;
  componentCode: string | null;
  /** Lock the dossier row until the end of the transaction (writes). */
  lock?: boolean;
}

export async function dossierForFiles(db: Executor, deps: Pick<DocumentDeps, 'procedures'>, actor: Actor, target: FileTarget): Promise<DossierForFiles> {
  const { id } = await findVisibleDossier({ db }, actor, target.idOrCode, db);
  const dossier = target.lock ? await readDossierForUpdate(db, id) : await readDossier(db, id);
  if (!dossier || !canSee(actor, dossier)) throw new NotFoundError('dossier.notFound');
  authorizeOnDossier(actor, target.permission, dossier, target.action);
  if (!dossier.isOpen) throw new ConflictError('documents.dossierClosed', { state: t('vi', `state.${dossier.state}` as MessageKey) });
  if (filesFrozen(dossier)) throw new ConflictError('documents.dossierDecided', { state: t('vi', `state.${dossier.state}` as MessageKey) });
  const version = await deps.procedures.versionById(db, dossier.procedureVersionId);
  if (!version) throw new Error(`Dossier ${dossier.id} refers to a missing procedure version`);
  const componentCode = target.componentCode;
  const component = componentCode === null ? undefined : version.version.details.components.find((c) => c.code === componentCode);
  if (componentCode !== null && !component) throw new UnprocessableError('documents.unknownComponent', [], { code: componentCode });
  return { dossier, version, component };
}
