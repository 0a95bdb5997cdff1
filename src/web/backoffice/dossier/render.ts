/** Draws the dossier page for an officer, with an optional notice, a failed form to show again, or the "someone acted first" notice. */
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import type { HtmlPart } from '../../html.ts';
import { html } from '../../html.ts';
import { pageLocale } from '../../web-page.ts';
import type { WebDeps } from '../../web-deps.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import type { Officer } from '../officer-session.ts';
import type { FormState } from './action-forms.ts';
import { loadDossierPage } from './dossier-data.ts';
import { dossierBody } from './dossier-page.ts';
import { when } from './format.ts';

export interface RenderOptions {
  status?: number;
  notice?: { kind: 'success' | 'info' | 'warning' | 'error'; text: HtmlPart };
  failed?: FormState;
  stale?: boolean;
}

export async function renderDossierPage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, officer: Officer, idOrCode: string, opts: RenderOptions = {}): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const data = await loadDossierPage(deps, request, officer, idOrCode, locale);
  const last = data.view.actions[data.view.actions.length - 1];
  const inline = opts.stale ? staleNotice(locale, data.view.stateLabel, last) : undefined;
  const title = `${t(locale, 'officeDossier.dossier')} ${data.view.code ?? t(locale, 'officeDossier.noCode')}`;
  const body = dossierBody({ locale, csrf: officer.session.csrf, data, pageKey: randomUUID(), failed: opts.failed }, inline);
  return sendOfficerPage(
    request,
    reply,
    officer,
    {
      title,
      body,
      section: 'queues',
      width: 'wide',
      breadcrumbs: [{ href: '/can-bo', label: t(locale, 'backoffice.nav.queues') }],
      ...(opts.notice ? { notice: opts.notice } : {}),
    },
    opts.status ?? 200,
  );
}

/** The success notice after the redirect (?xong=<action type>). */
export function doneNotice(locale: 'vi' | 'en', type: string | undefined): RenderOptions['notice'] {
  if (!type || !/^[a-z_]{2,40}$/.test(type)) return undefined;
  const label = t(locale, `officeDossier.action.${type}` as MessageKey);
  if (label.startsWith('officeDossier.')) return undefined;
  return { kind: 'success', text: html`${t(locale, 'officeDossier.done', { action: label })}` };
}

/** The notice shown when another officer acted first: the state now and the last action. */
export function staleNotice(locale: 'vi' | 'en', state: string, last: { type: string; actor: { name: string }; at: string | null } | undefined) {
  return html`<div class="notice warning" role="alert"><h2>${t(locale, 'officeDossier.stale.title')}</h2>
<p>${t(locale, 'officeDossier.stale.text', { state })}</p>
${last ? html`<p>${t(locale, 'officeDossier.stale.last', { action: t(locale, `officeDossier.action.${last.type}` as MessageKey), who: last.actor.name, at: when(last.at) })}</p>` : ''}
<p>${t(locale, 'officeDossier.stale.again')}</p></div>`;
}
