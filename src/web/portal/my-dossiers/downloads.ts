/**
 * Downloads for the owner only: a file of my dossier, a signed result of my
 * dossier, an item of my data warehouse. Someone else's is a 404, as if it did
 * not exist; every read is audited like the API's.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findWarehouseItem, openDossierFile } from '../../../modules/documents/index.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import { readSignedResult } from '../../../modules/signing/index.ts';
import { sendFile } from '../../../platform/http/file-transfer.ts';
import { UUID_RE } from '../../../platform/ids.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys, type Citizen } from '../citizen-session.ts';
import { ownedDossier } from './owned-dossier.ts';

async function audit(deps: WebDeps, citizen: Citizen, requestId: string, entry: { action: string; entityType: string; entityId: string; payload: Record<string, unknown> }) {
  await deps.services.audit.record(deps.db, { actor: citizen.actor, at: deps.clock.now(), requestId }, [entry]);
}

export async function downloadDossierFile(deps: WebDeps, request: FastifyRequest<{ Params: { id: string; fileId: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  if (!UUID_RE.test(request.params.fileId)) throw new NotFoundError('documents.fileNotFound');
  const file = await openDossierFile(documentDeps(deps), citizen.actor, row.id, request.params.fileId);
  await audit(deps, citizen, request.id, { action: 'dossier.file_read', entityType: 'dossier', entityId: row.id, payload: { file: request.params.fileId } });
  return sendFile(reply, file);
}

export async function downloadResult(deps: WebDeps, request: FastifyRequest<{ Params: { id: string; code: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const row = await ownedDossier(deps, citizen, request.params.id);
  return sendFile(reply, await readSignedResult(documentDeps(deps), citizen.actor, row.id, request.params.code, request.id));
}

export async function downloadWarehouseItem(deps: WebDeps, request: FastifyRequest<{ Params: { itemId: string } }>, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const owner = ownerKeys(citizen);
  const item = UUID_RE.test(request.params.itemId) ? await findWarehouseItem(deps.db, request.params.itemId) : undefined;
  if (!item || item.ownerIdType !== owner.ownerIdType || item.ownerId !== owner.ownerId) throw new NotFoundError('error.notFound');
  const stored = await deps.services.files.describe(item.sha256);
  await audit(deps, citizen, request.id, { action: 'warehouse.read', entityType: 'owner', entityId: `${item.ownerIdType}:${item.ownerId}`, payload: { item: item.id } });
  const ext = stored?.contentType === 'application/pdf' ? '.pdf' : '';
  return sendFile(reply, { stream: await deps.services.files.open(item.sha256), fileName: `${item.sourceRef}${ext}`, contentType: stored?.contentType ?? 'application/octet-stream', size: stored?.size });
}
