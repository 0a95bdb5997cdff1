/**
 * Attaching a received upload to a dossier component: the newest file of a
 * component supersedes the older ones (they stay, for the record), the
 * component counts as provided, and the act is audited and announced.
 */
import type { Tx } from '../../../platform/db/database.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvents } from '../../../platform/jobs/outbox.ts';
import type { AcceptedFile } from '../../../platform/storage/index.ts';
import { dossierRepo } from '../../dossiers/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { canAttachFiles } from '../documents.policy.ts';
import type { DossierFileRow } from '../documents.repo.ts';
import { insertDossierFile, supersedeComponentFiles } from '../documents.repo.ts';
import type { FileSource } from '../documents.tables.ts';
import { dossierForFiles } from './dossier-for-files.ts';

export interface AttachInput {
  dossierId: string;
  componentCode: string;
  file: Pick<AcceptedFile, 'sha256' | 'fileName'>;
  source: FileSource;
  warehouseItemId?: string;
}

export async function attachFile(tx: Tx, deps: DocumentDeps, actor: Actor, input: AttachInput, requestId?: string): Promise<DossierFileRow> {
  const { dossier } = await dossierForFiles(tx, deps, actor, input.dossierId, canAttachFiles, 'documents.action.attach', input.componentCode, true);
  return recordComponentFile(tx, deps, actor, dossier.id, input, requestId);
}

/** The write shared by uploads, scans and reuse: supersede, insert, mark provided, audit, announce. */
export async function recordComponentFile(tx: Tx, deps: DocumentDeps, actor: Actor, dossierId: string, input: AttachInput, requestId?: string): Promise<DossierFileRow> {
  const now = deps.clock.now();
  const row: DossierFileRow = {
    id: newId(now.getTime()),
    dossierId,
    componentCode: input.componentCode,
    sha256: input.file.sha256,
    fileName: input.file.fileName,
    source: input.source,
    warehouseItemId: input.warehouseItemId ?? null,
    addedBy: actor.id,
    addedByName: actor.name,
    addedAt: now,
    supersededAt: null,
  };
  await supersedeComponentFiles(tx, dossierId, input.componentCode, now);
  await insertDossierFile(tx, row);
  await dossierRepo.markComponentProvided(tx, dossierId, input.componentCode, input.source === 'KHO');
  await deps.audit.record(tx, { actor, at: now, requestId }, [
    {
      action: 'dossier.file_added',
      entityType: 'dossier',
      entityId: dossierId,
      payload: { fileId: row.id, component: input.componentCode, sha256: row.sha256, source: row.source, warehouseItemId: row.warehouseItemId },
    },
  ]);
  await publishEvents(tx, [{ type: 'dossier.file_added', aggregateType: 'dossier', aggregateId: dossierId, payload: { fileId: row.id, component: input.componentCode, source: row.source } }], now);
  return row;
}
