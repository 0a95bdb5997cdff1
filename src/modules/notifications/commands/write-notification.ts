/**
 * Writes the one inbox message an event produces for the dossier's owner, from
 * the editable template of its kind. Safe to run again for the same event: the
 * (dossier, event) pair is unique and a second insert changes nothing.
 */
import { createCommandRunner } from '../../../platform/commands/command-runner.ts';
import { newId } from '../../../platform/ids.ts';
import { vnDateTime } from '../../../platform/pdf/vn-dates.ts';
import { latestActionOf, latestSupplementOf, readDossier, readDossierResults } from '../../dossiers/index.ts';
import { systemActor, type Ctx } from '../../identity/index.ts';
import type { NotificationDeps } from '../notification.deps.ts';
import { fillTemplate, NOTIFIED_KINDS } from '../notification-kinds.ts';
import { authorize } from '../notifications.policy.ts';
import { findTemplate, insertNotification, type NotificationRow } from '../notifications.repo.ts';

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
  const [dossier, template] = await Promise.all([readDossier(db, event.aggregateId), findTemplate(db, event.type)]);
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
  if (spec.reasonFrom) values.reason = (await latestActionOf(db, dossier.id, spec.reasonFrom, at))?.reason ?? '';
  if (spec.supplementStage) {
    const round = await latestSupplementOf(db, dossier.id, spec.supplementStage, at);
    values.items = (round?.items ?? []).map((i) => i.description).join('; ');
    values.reason = round?.reason ?? '';
  }
  if (event.type === 'result.signed') {
    const result = (await readDossierResults(db, dossier.id)).find((r) => r.code === values.result);
    if (result) values.result = result.title;
  }
  const message: NotificationRow = {
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
  };
  // The job is its own caller: the system actor's write goes through the same contract as a person's.
  const commands = createCommandRunner({ db, clock: deps.clock, audit: deps.audit });
  return commands.run({ actor: systemActor }, (ctx) => recordNotification(ctx, message));
}

/** Inserts the message unless this event already produced one (a retried job): returns whether it was new. */
async function recordNotification(ctx: Ctx, message: NotificationRow): Promise<boolean> {
  authorize(ctx.actor, 'notification.write', message);
  return insertNotification(ctx.tx, message);
}
