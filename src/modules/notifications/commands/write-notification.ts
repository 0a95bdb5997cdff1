/**
 * Writes the one inbox message an event produces for the dossier's owner, from
 * the editable template of its kind. Safe to run again for the same event: the
 * (dossier, event) pair is unique and a second insert changes nothing.
 */
import { newId } from '../../../platform/ids.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { dossierRepo } from '../../dossiers/index.ts';
import type { NotificationDeps } from '../notification.deps.ts';
import { fillTemplate, NOTIFIED_KINDS } from '../notification-kinds.ts';
import { findTemplate, insertNotification, latestAction, latestSupplement } from '../notifications.repo.ts';

export interface SourceEvent {
  eventId: string;
  type: string;
  aggregateId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** Returns whether a new message was written. */
export async function writeNotification(deps: NotificationDeps, event: SourceEvent): Promise<boolean> {
  const spec = NOTIFIED_KINDS[event.type];
  if (!spec) return false;
  const db = deps.db;
  const [dossier, template] = await Promise.all([dossierRepo.findDossier(db, event.aggregateId), findTemplate(db, event.type)]);
  if (!dossier || !template) return false;
  const at = new Date(event.occurredAt);
  const version = await deps.procedures.versionById(db, dossier.procedureVersionId);
  const values: Record<string, string> = {
    code: dossier.code ?? '',
    procedure: version?.procedure.name ?? dossier.procedureCode,
    date: vnDateTime(at),
    dueDate: dossier.currentDueAt ? vnDateTime(dossier.currentDueAt) : '—',
    amount: dossier.feeTotal.toLocaleString('vi-VN'),
    result: typeof event.payload.result === 'string' ? event.payload.result : '',
    reason: '',
    items: '',
  };
  if (spec.reasonFrom) values.reason = (await latestAction(db, dossier.id, spec.reasonFrom, at))?.reason ?? '';
  if (spec.supplementStage) {
    const round = await latestSupplement(db, dossier.id, spec.supplementStage, at);
    values.items = (round?.items ?? []).map((i) => i.description).join('; ');
    values.reason = round?.reason ?? '';
  }
  if (event.type === 'result.signed') {
    const result = (await dossierRepo.listResults(db, dossier.id)).find((r) => r.code === values.result);
    if (result) values.result = result.title;
  }
  return insertNotification(db, {
    id: newId(deps.clock.now().getTime()),
    ownerIdType: dossier.ownerIdType,
    ownerId: dossier.ownerId,
    dossierId: dossier.id,
    sourceEventId: event.eventId,
    kind: event.type,
    title: fillTemplate(template.title, values),
    body: fillTemplate(template.body, values),
    link: `/ho-so-cua-toi/${dossier.id}`,
    createdAt: at,
    readAt: null,
  });
}
