/** Pieces shared by the sign-in, code and two-step pages: the signed-out shell, the pending session, who acts before sign-in ends. */
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../../modules/identity/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { Html, HtmlPart } from '../../html.ts';
import { sendPage } from '../../web-page.ts';
import type { OfficerSessionData } from '../officer-session.ts';

/** A session that still owes its code also remembers where to go next (wrong codes are counted on the officer, in the database). */
export interface PendingSessionData extends OfficerSessionData {
  /** Shown on the code page, so the officer sees which account is signing in. */
  username?: string;
  next?: string;
  /** Epoch ms of the password step: the code must follow within PENDING_MINUTES. */
  pendingSince?: number;
}

export const PENDING_MINUTES = 10;

export function sendSignedOutPage(reply: FastifyReply, locale: Locale, title: string, body: Html, status = 200, notice?: { kind: 'success' | 'info' | 'warning' | 'error'; text: HtmlPart }): FastifyReply {
  return sendPage(reply, { title, area: 'backoffice', locale, body, width: 'narrow', ...(notice ? { notice } : {}) }, status);
}

/**
 * The officer a session names, with no roles: who acts while the code is
 * still owed, or when signing out (the session, not the grants, says who it is).
 */
export function sessionOfficer(data: OfficerSessionData): Actor {
  return { kind: 'officer', id: data.officerId, name: data.fullName, grants: [], scope: new Map() };
}
