/** The administration's front page: one card per area. */
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { officerOf } from '../../guards.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { adminUrl } from './admin-links.ts';

const areas: { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: adminUrl.agencies, title: 'officeAdmin.agencies.title', text: 'officeAdmin.index.agencies' },
  { href: adminUrl.officers, title: 'officeAdmin.officers.title', text: 'officeAdmin.index.officers' },
  { href: adminUrl.procedures, title: 'officeAdmin.procedures.title', text: 'officeAdmin.index.procedures' },
  { href: adminUrl.calendar, title: 'officeAdmin.calendar.title', text: 'officeAdmin.index.calendar' },
  { href: adminUrl.templates, title: 'officeAdmin.templates.title', text: 'officeAdmin.index.templates' },
];

export function registerAdminIndex(app: App, _deps: WebDeps): void {
  app.get(adminUrl.home, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const title = t(locale, 'officeAdmin.index.title');
    const body = html`<h1>${title}</h1>
<ul class="cards">${areas.map((a) => html`<li class="card"><h2><a href="${a.href}">${t(locale, a.title)}</a></h2><p>${t(locale, a.text)}</p></li>`)}</ul>`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'admin', width: 'wide' });
  });
}
