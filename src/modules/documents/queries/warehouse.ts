/**
 * Reading the data warehouse. An officer sees only what matches the dossier in
 * hand — valid items of the document types its components accept from the
 * warehouse — never the owner's whole warehouse; that is for the owner.
 */
import { vnLocalDate } from '../../../platform/clock.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { findVisibleDossier, readDossier } from '../../dossiers/index.ts';
import type { Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { authorize } from '../documents.policy.ts';
import { presentWarehouseItem } from '../documents.presenter.ts';
import { findWarehouseItem as findItem, listWarehouse, validItemsOfTypes as validItems, type WarehouseItemRow } from '../documents.repo.ts';

export async function reuseOffers(deps: DocumentDeps, actor: Actor, idOrCode: string) {
  const { id } = await findVisibleDossier(deps.dossiers, actor, idOrCode);
  const dossier = (await readDossier(deps.db, id))!;
  const version = await deps.procedures.versionById(deps.db, dossier.procedureVersionId);
  const reusable = (version?.version.details.components ?? []).filter((c) => c.acceptsReuse && c.documentType);
  const items = await validItems(
    deps.db,
    { idType: dossier.ownerIdType, id: dossier.ownerId },
    [...new Set(reusable.map((c) => c.documentType!))],
    vnLocalDate(deps.clock.now()),
  );
  return {
    offers: reusable
      .map((c) => ({ componentCode: c.code, componentName: c.name, items: items.filter((i) => i.documentType === c.documentType).map(presentWarehouseItem) }))
      .filter((o) => o.items.length > 0),
  };
}

export async function ownerWarehouse(deps: DocumentDeps, actor: Actor, owner: { idType: string; id: string }) {
  authorize(actor, 'warehouse.read', owner);
  const rows = await listWarehouse(deps.db, owner.idType, owner.id);
  return { items: rows.map(presentWarehouseItem) };
}

/** Valid items of these document types the owner holds today (validity by calendar date in Vietnam): what may be reused. */
export function validItemsOfTypes(db: Executor, owner: { idType: string; id: string }, documentTypes: string[], today: string): Promise<WarehouseItemRow[]> {
  return validItems(db, owner, documentTypes, today);
}

/** One warehouse item; the caller checks it is the owner's before showing it. */
export function findWarehouseItem(db: Executor, id: string): Promise<WarehouseItemRow | undefined> {
  return findItem(db, id);
}

export type { WarehouseItemRow };
