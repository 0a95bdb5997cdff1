/** GET /kho-du-lieu: the owner's data warehouse — results and digitised papers with validity, issuer and source. The read is audited. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ownerWarehouse } from '../../../modules/documents/index.ts';
import { vnLocalDate } from '../../../platform/clock.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import { documentDeps, type WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { citizenOf } from '../../guards.ts';
import { ownerKeys } from '../citizen-session.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dossierUrl } from './owned-dossier.ts';

const isoToVn = (d: string | null): string => (d ? d.split('-').reverse().join('/') : '');

function validity(locale: Locale, from: string | null, to: string | null): string {
  if (to) return t(locale, 'myd.kho.validRange', { from: isoToVn(from) || '…', to: isoToVn(to) });
  return from ? `${t(locale, 'myd.kho.validFrom', { from: isoToVn(from) })} (${t(locale, 'myd.kho.noLimit')})` : t(locale, 'myd.kho.noLimit');
}

export async function warehousePage(deps: WebDeps, request: FastifyRequest, reply: FastifyReply) {
  const citizen = citizenOf(request);
  const locale = pageLocale(request);
  const owner = ownerKeys(citizen);
  const { items } = await ownerWarehouse(documentDeps(deps), citizen.actor, { idType: owner.ownerIdType, id: owner.ownerId });
  await deps.services.audit.record(deps.db, { actor: citizen.actor, at: deps.clock.now(), requestId: request.id }, [
    { action: 'warehouse.read', entityType: 'owner', entityId: `${owner.ownerIdType}:${owner.ownerId}`, payload: { items: items.length } },
  ]);
  const today = vnLocalDate(deps.clock.now());
  const title = t(locale, 'myd.kho.title');
  const cards = items.map((i) => {
    const expired = i.validTo !== null && i.validTo < today;
    const ok = i.status === 'VALID' && !expired;
    return html`<li class="card"><h2>${i.title}</h2>
<p><span class="tag grey">${t(locale, `myd.kho.kind.${i.kind}` as MessageKey)}</span> <span class="tag ${ok ? 'ok' : 'bad'}">${expired && i.status === 'VALID' ? t(locale, 'myd.kho.expired') : t(locale, `myd.kho.status.${i.status}` as MessageKey)}</span></p>
<dl class="summary">
${i.documentNumber ? html`<div><dt>${t(locale, 'myd.kho.number')}</dt><dd>${i.documentNumber}</dd></div>` : ''}
<div><dt>${t(locale, 'myd.kho.issuer')}</dt><dd>${i.issuer ?? '—'}</dd></div>
${i.issuedOn ? html`<div><dt>${t(locale, 'myd.kho.issuedOn')}</dt><dd>${isoToVn(i.issuedOn)}</dd></div>` : ''}
<div><dt>${t(locale, 'myd.kho.validity')}</dt><dd>${validity(locale, i.validFrom, i.validTo)}</dd></div>
<div><dt>${t(locale, 'myd.kho.source')}</dt><dd>${i.source.ref}${i.source.dossierId ? html` — <a href="${dossierUrl(i.source.dossierId)}">${t(locale, 'myd.kho.sourceDossier')}</a>` : ''}</dd></div>
</dl>
<p><a href="/kho-du-lieu/${i.id}/tai-ve" download>${t(locale, 'myd.kho.download')}<span class="visually-hidden"> ${i.title}</span></a>${
      i.kind === 'ERESULT' ? html` · <a href="/verify/${i.source.ref}">${t(locale, 'myd.kho.verify')}<span class="visually-hidden"> ${i.source.ref}</span></a>` : ''
    }</p></li>`;
  });
  const body = html`<h1>${title}</h1><p class="lead">${t(locale, 'myd.kho.intro')}</p>
${items.length === 0 ? html`<p>${t(locale, 'myd.kho.empty')}</p>` : html`<ul class="cards">${cards}</ul>`}`;
  return sendPortalPage(deps, request, reply, { title, body, section: 'warehouse', width: 'wide' }, 200, citizen);
}
