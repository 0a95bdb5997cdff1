/** Pieces shared by the sign-in, code and two-step pages: the signed-out shell, the pending session, audit. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { WebSession } from '../../../platform/http/web-sessions.ts';
import type { Html, HtmlPart } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { sendPage } from '../../web-page.ts';
import type { OfficerSessionData } from '../officer-session.ts';

/** A session that still owes its code also remembers where to go next and how many codes were wrong. */
export interface PendingSessionData extends OfficerSessionData {
  next?: string;
  codeFailures?: number;
  /** Epoch ms of the password step: the code must follow within PENDING_MINUTES. */
  pendingSince?: number;
}

export const MAX_CODE_FAILURES = 5;
export const PENDING_MINUTES = 10;

export function sendSignedOutPage(reply: FastifyReply, locale: Locale, title: string, body: Html, status = 200, notice?: { kind: 'success' | 'info' | 'warning' | 'error'; text: HtmlPart }): FastifyReply {
  return sendPage(reply, { title, area: 'backoffice', locale, body, width: 'narrow', ...(notice ? { notice } : {}) }, status);
}

export async function pendingSession(deps: WebDeps, request: FastifyRequest): Promise<WebSession<PendingSessionData> | undefined> {
  const session = await deps.sessions.read<PendingSessionData>(request, 'backoffice');
  if (!session || session.data.secondFactorDone) return undefined;
  return session;
}

/** One audit entry about an officer's sign-in (the actor is the officer, or 'unknown' for an unknown name). */
export async function auditSignIn(deps: WebDeps, request: FastifyRequest, action: string, officerId: string | undefined, entityId: string, payload: Record<string, unknown> = {}): Promise<void> {
  await deps.services.audit.record(deps.db, { actor: { kind: 'officer', id: officerId ?? 'unknown' }, at: deps.clock.now(), requestId: request.id }, [
    { action, entityType: 'officer', entityId, payload: { ip: request.ip, channel: 'web', ...payload } },
  ]);
}
