/** The dossiers behind one number of the overview, each linking to its page. */
import { z } from 'zod';
import { OVERVIEW_LIST_LIMIT, overviewDossiers, overviewMeasures } from '../../../modules/dossiers/index.ts';
import { toVnIso } from '../../../platform/clock.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type MessageKey } from '../../../platform/i18n/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { officerOf } from '../../guards.ts';
import { periodOf, periodQuery } from './period.ts';
import { measureLabel, OVERVIEW } from './overview-links.ts';

const Filter = z.object({
  'chi-so': z.enum(overviewMeasures),
  'don-vi': z.uuid().optional(),
  'truc-tiep': z.literal('1').optional(),
  'can-bo': z.union([z.uuid(), z.literal('none')]).optional(),
});

const day = (d: Date | null) => (d ? toVnIso(d).slice(0, 16).replace('T', ' ').replace(/^(\d{4})-(\d\d)-(\d\d)/, '$3/$2/$1') : '–');

export function registerOverviewDrillDown(app: App, deps: WebDeps): void {
  app.get(`${OVERVIEW}/ho-so`, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const f = Filter.safeParse(request.query);
    if (!f.success) throw new NotFoundError();
    const now = deps.clock.now();
    const { period } = periodOf(request, locale, now);
    const q = f.data;
    const rows = await overviewDossiers(deps.services.reports, await deps.services.agencies.current(), officer.actor, period, now, {
      measure: q['chi-so'],
      unit: q['don-vi'] ? { agencyId: q['don-vi'], direct: q['truc-tiep'] === '1' } : undefined,
      assigneeId: q['can-bo'] === undefined ? undefined : q['can-bo'] === 'none' ? null : q['can-bo'],
    });
    if (!rows) throw new NotFoundError();
    const title = `${measureLabel(locale, q['chi-so'])} – ${t(locale, 'officeAdmin.overview.period', { from: period.fromDay.split('-').reverse().join('/'), to: period.toDay.split('-').reverse().join('/') })}`;
    const body = html`<h1>${title}</h1>
<p>${t(locale, 'officeAdmin.overview.listCount', { count: rows.length })}${rows.length >= OVERVIEW_LIST_LIMIT ? html` ${t(locale, 'officeAdmin.overview.listLimited', { limit: OVERVIEW_LIST_LIMIT })}` : ''}</p>
${rows.length === 0
  ? ''
  : html`<table><thead><tr><th scope="col">${t(locale, 'officeAdmin.overview.code')}</th><th scope="col">${t(locale, 'officeAdmin.overview.owner')}</th><th scope="col">${t(locale, 'officeAdmin.overview.state')}</th><th scope="col">${t(
      locale,
      'officeAdmin.overview.received',
    )}</th><th scope="col">${t(locale, 'officeAdmin.overview.due')}</th><th scope="col">${t(locale, 'officeAdmin.overview.finished')}</th></tr></thead>
<tbody>${rows.map(
      (r) => html`<tr><td><a href="/can-bo/ho-so/${r.id}">${r.code ?? r.id.slice(0, 8)}</a><br><span class="hint">${r.procedureCode}</span></td><td>${r.ownerName}</td><td>${t(locale, `state.${r.state}` as MessageKey)}</td><td>${day(
        r.receivedAt,
      )}</td><td>${day(r.currentDueAt)}</td><td>${day(r.finishedAt)}</td></tr>`,
    )}</tbody></table>`}
<p><a href="${OVERVIEW}?${periodQuery(period)}">${t(locale, 'officeAdmin.overview.back')}</a></p>`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'overview', width: 'wide', breadcrumbs: [{ href: `${OVERVIEW}?${periodQuery(period)}`, label: t(locale, 'officeAdmin.overview.title') }] });
  });
}
