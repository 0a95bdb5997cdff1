/**
 * The three changes to one component of a draft: upload a file (multipart),
 * take a document from the data warehouse, or remove what is there. The draft
 * only keeps references (the stored file's SHA-256, or the warehouse item);
 * the dossier gets them when the draft is submitted.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { Component } from '../../../modules/catalog/index.ts';
import { uploadPolicyFor } from '../../../modules/documents/index.ts';
import type { DraftComponents } from '../../../modules/drafts/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { t } from '../../../platform/i18n/index.ts';
import { UploadRefusedError } from '../../../platform/storage/index.ts';
import type { WebDeps } from '../../web-deps.ts';
import { seeOther } from '../../web-page.ts';
import { draftUrl, loadDraft, saveDraftChanges, type DraftContext } from './draft-context.ts';
import { renderComponents, STEP, warehouseOffers, type ComponentRequest } from './components-page.ts';

function componentOf(ctx: DraftContext, code: string): Component {
  const c = ctx.version.version.details.components.find((x) => x.code === code);
  if (!c) throw new AppError(404, 'error.notFound');
  return c;
}

async function store(deps: WebDeps, request: ComponentRequest, ctx: DraftContext, components: DraftComponents, reply: FastifyReply) {
  await saveDraftChanges(deps, request, ctx, { components, currentStep: STEP });
  return seeOther(reply, draftUrl(ctx.draft.id, STEP));
}

async function drain(stream: Readable): Promise<void> {
  stream.resume();
  if (stream.readableEnded) return;
  await new Promise<void>((resolve) => stream.once('end', resolve).once('error', () => resolve()));
}

export async function uploadComponentFile(deps: WebDeps, request: ComponentRequest, reply: FastifyReply) {
  if (!request.isMultipart()) throw new AppError(415, 'documents.notMultipart');
  // The guard has checked the CSRF token of the action URL before this body is read.
  const part = await request.file();
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) {
    if (part) await drain(part.file);
    return reply;
  }
  const c = componentOf(ctx, request.params.code);
  const key = `file-${c.code}`;
  if (!part || !part.filename) {
    if (part) await drain(part.file);
    return renderComponents(deps, request, reply, ctx, { [key]: t(ctx.locale, 'portalSubmission.components.noFile') }, 400);
  }
  try {
    const accepted = await deps.services.files.receive(part.file, part.filename, uploadPolicyFor(c, deps.config.uploadMaxBytes));
    return store(deps, request, ctx, { ...ctx.draft.components, [c.code]: { kind: 'UPLOAD', sha256: accepted.sha256, fileName: accepted.fileName, size: accepted.size } }, reply);
  } catch (err) {
    if (!(err instanceof UploadRefusedError)) throw err;
    await drain(part.file);
    return renderComponents(deps, request, reply, ctx, { [key]: t(ctx.locale, err.key, err.params) }, err.status);
  }
}

export async function reuseComponentItem(deps: WebDeps, request: ComponentRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const c = componentOf(ctx, request.params.code);
  // Only an item offered for this component (owner's, valid, of the accepted type) can be chosen.
  const item = (await warehouseOffers(deps, ctx))(c).find((i) => i.id === body[`item-${c.code}`]);
  if (!item) return renderComponents(deps, request, reply, ctx, { [`item-${c.code}`]: t(ctx.locale, 'portalSubmission.components.noItem') }, 400);
  return store(deps, request, ctx, { ...ctx.draft.components, [c.code]: { kind: 'REUSE', itemId: item.id, title: item.title } }, reply);
}

export async function removeComponent(deps: WebDeps, request: ComponentRequest, reply: FastifyReply) {
  const ctx = await loadDraft(deps, request, reply);
  if (!ctx) return reply;
  const c = componentOf(ctx, request.params.code);
  const rest = { ...ctx.draft.components };
  delete rest[c.code];
  return store(deps, request, ctx, rest, reply);
}
