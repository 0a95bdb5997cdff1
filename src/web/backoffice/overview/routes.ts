/**
 * The leader's overview under /can-bo/tong-quan: for a period, dossiers
 * received, in progress, finished early / on time / late, at risk and
 * overdue, in total, per unit and per assignee. Every number links to the
 * dossiers behind it; the chart is an SVG image with the table as its text.
 */
import { overviewFigures, overviewMeasures, type OverviewCounts } from '../../../modules/dossiers/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { button, errorSummary, textInput } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { admittedPages, officerOf } from '../../guards.ts';
import { admitOverviewOfficer } from './access.ts';
import { overviewChartSvg } from './chart.ts';
import { registerOverviewDrillDown } from './drill-down.ts';
import { measureLabel, OVERVIEW } from './overview-links.ts';
import { periodOf, periodQuery, type Period } from './period.ts';


function cells(locale: Locale, counts: OverviewCounts, period: Period, filter: string): Html {
  return html`${overviewMeasures.map(
    (m) => html`<td class="num"><a href="${OVERVIEW}/ho-so?${periodQuery(period)}&chi-so=${m}${filter}" aria-label="${measureLabel(locale, m)}: ${counts[m]}">${counts[m]}</a></td>`,
  )}`;
}

function head(locale: Locale, first: string): Html {
  return html`<thead><tr><th scope="col">${first}</th>${overviewMeasures.map((m) => html`<th scope="col">${measureLabel(locale, m)}</th>`)}</tr></thead>`;
}

/** The overview's pages, for officers with an overview role (others: 404). */
export function registerOverviewPages(app: App, deps: WebDeps): void {
  void admittedPages(app, admitOverviewOfficer, (scope) => registerOverview(scope, deps));
}

function registerOverview(app: App, deps: WebDeps): void {
  app.get(OVERVIEW, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const now = deps.clock.now();
    const { period, errors, values } = periodOf(request, locale, now);
    const figures = await overviewFigures(deps.services.reports, await deps.services.agencies.current(), officer.actor, period, now);
    const title = t(locale, 'officeAdmin.overview.title');
    const body = html`${errorSummary(locale, errors)}<h1>${title}</h1>
<form method="get" action="${OVERVIEW}" class="search-box" novalidate>
${textInput({ name: 'tu', type: 'date', label: t(locale, 'officeAdmin.overview.from'), value: errors.tu ? values.tu : period.fromDay, error: errors.tu })}
${textInput({ name: 'den', type: 'date', label: t(locale, 'officeAdmin.overview.to'), value: errors.den ? values.den : period.toDay, error: errors.den })}
${button(t(locale, 'officeAdmin.show'))}</form>
<p class="lead">${t(locale, 'officeAdmin.overview.period', { from: period.fromDay.split('-').reverse().join('/'), to: period.toDay.split('-').reverse().join('/') })}</p>
<p class="hint">${t(locale, 'officeAdmin.overview.definitions')}</p>
<table><caption>${t(locale, 'officeAdmin.overview.totals')}</caption>${head(locale, '')}<tbody><tr><th scope="row">${t(locale, 'officeAdmin.overview.all')}</th>${cells(locale, figures.totals, period, '')}</tr></tbody></table>
<h2>${t(locale, 'officeAdmin.overview.byUnit')}</h2>
<figure class="chart"><img src="${OVERVIEW}/bieu-do.svg?${periodQuery(period)}" alt="${t(locale, 'officeAdmin.overview.chartAlt')}"></figure>
<table><caption class="visually-hidden">${t(locale, 'officeAdmin.overview.byUnit')}</caption>${head(locale, t(locale, 'officeAdmin.overview.unit'))}<tbody>${figures.units.map(
      (u) => html`<tr><th scope="row">${u.name}${u.direct ? html` <span class="hint">${t(locale, 'officeAdmin.overview.direct')}</span>` : ''}</th>${cells(locale, u.counts, period, `&don-vi=${u.agencyId}${u.direct ? '&truc-tiep=1' : ''}`)}</tr>`,
    )}</tbody></table>
<h2>${t(locale, 'officeAdmin.overview.byOfficer')}</h2>
${figures.officers.length === 0
  ? html`<p>${t(locale, 'officeAdmin.overview.noOfficers')}</p>`
  : html`<table><caption class="visually-hidden">${t(locale, 'officeAdmin.overview.byOfficer')}</caption>${head(locale, t(locale, 'officeAdmin.overview.officer'))}<tbody>${figures.officers.map(
      (o) => html`<tr><th scope="row">${o.name ?? t(locale, 'officeAdmin.overview.unassigned')}</th>${cells(locale, o.counts, period, `&can-bo=${o.id ?? 'none'}`)}</tr>`,
    )}</tbody></table>`}`;
    return sendOfficerPage(request, reply, officer, { title, body, section: 'overview', width: 'wide' });
  });

  app.get(`${OVERVIEW}/bieu-do.svg`, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const now = deps.clock.now();
    const { period } = periodOf(request, locale, now);
    const figures = await overviewFigures(deps.services.reports, await deps.services.agencies.current(), officer.actor, period, now);
    return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'no-store').send(await overviewChartSvg(locale, figures));
  });

  registerOverviewDrillDown(app, deps);
}
