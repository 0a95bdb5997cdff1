/** GET /thong-bao: the notifications inbox, newest first, unread ones marked; POST /thong-bao/da-doc marks read. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inbox, markNotificationsRead } from '../../../modules/notifications/index.ts';
import { UUID_RE } from '../../../platform/ids.ts';
import { t } from '../../../platform/i18n/index.ts';
import { button, postForm } from '../../components/forms.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale, seeOther } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { when } from './plain-words.ts';

export async function inboxPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const { items, unread } = await inbox(deps.db, ownerKeys(citizen));
  const title = t(locale, 'myd.inbox.title');
  const csrf = citizen.session.csrf;
  const list = html`<ol class="inbox">${items.map(
    (n) => html`<li class="card${n.readAt ? '' : ' unread'}"><h2>${n.readAt ? '' : html`<span class="tag warn">${t(locale, 'myd.inbox.unread')}</span> `}${n.title}</h2>
<p class="muted">${when(n.createdAt)}</p><p>${n.body}</p>
<p><a href="${n.link}">${t(locale, 'myd.inbox.open')}<span class="visually-hidden">: ${n.title}</span></a></p>
${n.readAt ? '' : postForm('/thong-bao/da-doc', csrf, html`<input type="hidden" name="id" value="${n.id}">${button(html`${t(locale, 'myd.inbox.markRead')}<span class="visually-hidden">: ${n.title}</span>`, { kind: 'secondary' })}`)}</li>`,
  )}</ol>`;
  const body = html`<h1>${title}</h1><p>${t(locale, 'myd.inbox.count', { unread, total: items.length })}</p>
${unread > 0 ? postForm('/thong-bao/da-doc', csrf, button(t(locale, 'myd.inbox.markAllRead'), { kind: 'secondary' })) : ''}
${items.length === 0 ? html`<p>${t(locale, 'myd.inbox.empty')}</p>` : list}`;
  return sendPortalPage(deps, request, reply, { title, body, section: 'notifications', width: 'narrow' }, 200, citizen);
}

export async function markReadPost(deps: WebDeps, request: FastifyRequest, reply: FastifyReply) {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const citizen = citizenOf(request);
  const id = typeof body.id === 'string' && UUID_RE.test(body.id) ? body.id : undefined;
  // No id at all means "mark all"; a malformed id marks nothing; someone else's id changes nothing (owner filter).
  if (body.id !== undefined && !id) return seeOther(reply, '/thong-bao');
  await deps.commands.run({ actor: citizen.actor, requestId: request.id }, (ctx) => markNotificationsRead(ctx, { owner: ownerKeys(citizen), ids: id ? [id] : undefined }));
  return seeOther(reply, '/thong-bao');
}
