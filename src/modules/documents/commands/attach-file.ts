/**
 * Attaching a received upload to a dossier component: the newest file of a
 * component supersedes the older ones (they stay, for the record), the
 * component counts as provided, and the act is audited and announced.
 */
import { newId } from '../../../platform/ids.ts';
import type { AcceptedFile } from '../../../platform/storage/index.ts';
import { markComponentProvided } from '../../dossiers/index.ts';
import type { Ctx } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
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

export async function attachFile(ctx: Ctx, deps: Pick<DocumentDeps, 'procedures'>, input: AttachInput): Promise<DossierFileRow> {
  const { dossier } = await dossierForFiles(ctx.tx, deps, ctx.actor, { idOrCode: input.dossierId, permission: 'file.attach', action: 'documents.action.attach', componentCode: input.componentCode, lock: true });
  return recordComponentFile(ctx, dossier.id, input);
}

/** The write shared by uploads, scans and reuse: supersede, insert, mark provided, audit, announce. */
export async function recordComponentFile(ctx: Ctx, dossierId: string, input: AttachInput): Promise<DossierFileRow> {
  const row: DossierFileRow = {
    id: newId(ctx.now.getTime()),
    dossierId,
    componentCode: input.componentCode,
    sha256: input.file.sha256,
    fileName: input.file.fileName,
    source: input.source,
    warehouseItemId: input.warehouseItemId ?? null,
    addedBy: ctx.actor.id,
    addedByName: ctx.actor.name,
    addedAt: ctx.now,
    supersededAt: null,
  };
  await supersedeComponentFiles(ctx.tx, dossierId, input.componentCode, ctx.now);
  await insertDossierFile(ctx.tx, row);
  await markComponentProvided(ctx, { dossierId, componentCode: input.componentCode, reused: input.source === 'KHO' });
  await ctx.audit([
    {
      action: 'dossier.file_added',
      entityType: 'dossier',
      entityId: dossierId,
      payload: { fileId: row.id, component: input.componentCode, sha256: row.sha256, source: row.source, warehouseItemId: row.warehouseItemId },
    },
  ]);
  await ctx.publish([{ type: 'dossier.file_added', aggregateType: 'dossier', aggregateId: dossierId, payload: { fileId: row.id, component: input.componentCode, source: row.source } }]);
  return row;
}
