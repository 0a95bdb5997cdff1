/**
 * "Once only" (Decree 45/2020): a component the owner already holds in a valid
 * electronic form is taken from their data warehouse instead of asked for
 * again. The component is marked reused — the flags DVCQG and Decision 766
 * count — and the file row keeps the warehouse item it came from.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import { NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { Ctx } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { findWarehouseItem, type DossierFileRow } from '../documents.repo.ts';
import { recordComponentFile } from './attach-file.ts';
import { dossierForFiles } from './dossier-for-files.ts';

export async function reuseWarehouseItem(ctx: Ctx, deps: Pick<DocumentDeps, 'procedures'>, input: { dossierId: string; componentCode: string; itemId: string }): Promise<DossierFileRow> {
  const { dossier, component } = await dossierForFiles(ctx.tx, deps, ctx.actor, { idOrCode: input.dossierId, permission: 'file.attach', action: 'documents.action.reuse', componentCode: input.componentCode, lock: true });
  const item = await findWarehouseItem(ctx.tx, input.itemId);
  // Another owner's item is reported as missing: its existence is not the caller's business.
  if (!item || item.ownerIdType !== dossier.ownerIdType || item.ownerId !== dossier.ownerId) throw new NotFoundError('documents.itemNotFound');
  const today = vnLocalDate(ctx.now);
  const refuse = (reason: MessageKey, params: Record<string, string> = {}): never => {
    throw new UnprocessableError('documents.itemNotReusable', [], { title: item.title, reason: t('vi', reason, params) });
  };
  if (!component?.acceptsReuse) refuse('documents.reuse.notAccepted');
  if (component?.documentType !== item.documentType) refuse('documents.reuse.wrongType');
  if (item.status !== 'VALID') refuse('documents.reuse.notValid');
  if (item.validTo && item.validTo < today) refuse('documents.reuse.expired', { date: item.validTo });
  return recordComponentFile(ctx, dossier.id, { dossierId: dossier.id, componentCode: input.componentCode, file: { sha256: item.sha256, fileName: `${item.title}.pdf` }, source: 'KHO', warehouseItemId: item.id });
}
