/**
 * The portal home page: the search box first, then ways to browse (life
 * event, field, agency, online level), the most used procedures and the
 * latest guides and news.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catalogueFacets, FEATURED_PROCEDURES, LIFE_EVENTS, procedureSummaries, type CatalogueFacets } from '../../../modules/catalog/index.ts';
import type { AgencySnapshot } from '../../../modules/agencies/index.ts';
import { procedureUsage } from '../../../modules/dossiers/index.ts';
import { listPublishedArticles } from '../../../modules/news/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { dateText, label, procedureList } from './catalogue-view.ts';
import { searchForm } from './search-form.ts';

const USAGE_DAYS = 90;
const MOST_USED = 6;

type Link = { href: string; text: string; count: number };

function linkList(locale: Locale, heading: string, links: Link[]): Html {
  return html`<section class="card"><h2>${heading}</h2><ul class="browse">${links.map(
    (l) => html`<li><a href="${l.href}">${l.text}</a> <span class="muted">(${t(locale, 'portalCatalogue.count', { count: l.count })})</span></li>`,
  )}</ul></section>`;
}

/** Provincial agencies by name; the 135 communes and wards are one entry (filtered by level). */
function agencyLinks(locale: Locale, facets: CatalogueFacets, agencies: AgencySnapshot): Link[] {
  const links: Link[] = [];
  let communes = 0;
  for (const f of facets.agencies) {
    const a = agencies.byId(f.agencyId);
    if (!a) continue;
    if (a.level === 'COMMUNE') communes = Math.max(communes, f.count);
    else links.push({ href: `/thu-tuc?agency=${encodeURIComponent(a.code)}`, text: a.name, count: f.count });
  }
  links.sort((x, y) => x.text.localeCompare(y.text, 'vi'));
  if (communes > 0) links.push({ href: '/thu-tuc?level=COMMUNE', text: t(locale, 'portalCatalogue.home.communes'), count: communes });
  return links;
}

type MostUsed = { counted: boolean; items: Awaited<ReturnType<typeof procedureSummaries>> };

// The 90-day ranking is a GROUP BY over every dossier of the period: at provincial volume (hundreds of
// thousands of rows) it costs far more than the rest of the page, and a ranking a few minutes old is as
// useful. It is kept per running app (keyed by its database handle, so two apps in one process never
// share it) for USAGE_TTL_MS of that app's clock; the promise itself is kept, so a burst of requests
// after expiry computes it once.
const USAGE_TTL_MS = 10 * 60_000;
const usageCache = new WeakMap<object, { until: number; value: Promise<MostUsed> }>();

export function mostUsedProcedures(deps: WebDeps): Promise<MostUsed> {
  const now = deps.clock.now().getTime();
  const hit = usageCache.get(deps.db);
  if (hit && hit.until > now) return hit.value;
  const value = rankProcedures(deps);
  usageCache.set(deps.db, { until: now + USAGE_TTL_MS, value });
  value.catch(() => usageCache.delete(deps.db)); // a failed read is not remembered
  return value;
}

async function rankProcedures(deps: WebDeps): Promise<MostUsed> {
  const since = new Date(deps.clock.now().getTime() - USAGE_DAYS * 86_400_000);
  const used = await procedureUsage(deps.db, since, MOST_USED);
  if (used.length > 0) return { counted: true, items: await procedureSummaries(deps.db, used.map((u) => u.procedureCode)) };
  return { counted: false, items: await procedureSummaries(deps.db, FEATURED_PROCEDURES) };
}

export async function showHome(deps: WebDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const [facets, agencies, popular, news] = await Promise.all([
    catalogueFacets(deps.db),
    deps.services.agencies.current(),
    mostUsedProcedures(deps),
    listPublishedArticles(deps.db, { limit: 3, offset: 0 }),
  ]);
  const eventCount = new Map(facets.lifeEvents.map((e) => [e.event, e.count]));
  const levelCount = new Map(facets.onlineLevels.map((l) => [l.level, l.count]));
  const events: Link[] = LIFE_EVENTS.filter((e) => eventCount.has(e)).map((e) => ({ href: `/thu-tuc?event=${e}`, text: label(locale, 'portalCatalogue.event.', e), count: eventCount.get(e)! }));
  const fields: Link[] = facets.fields.map((f) => ({ href: `/thu-tuc?field=${encodeURIComponent(f.code)}`, text: f.name, count: f.count }));
  const levels: Link[] = (['FULL', 'PARTIAL', 'NONE'] as const).filter((l) => levelCount.has(l)).map((l) => ({ href: `/thu-tuc?online=${l}`, text: label(locale, 'portalCatalogue.online.', l), count: levelCount.get(l)! }));
  const body = html`<h1>${t(locale, 'portalCatalogue.home.heading')}</h1>
<p class="lead">${t(locale, 'portalCatalogue.home.lead')}</p>
${searchForm(locale, '')}
<p><a href="/tra-cuu">${t(locale, 'portalCatalogue.home.lookup')}</a></p>
<div class="grid halves">
${linkList(locale, t(locale, 'portalCatalogue.home.byEvent'), events)}
${linkList(locale, t(locale, 'portalCatalogue.home.byOnline'), levels)}
${linkList(locale, t(locale, 'portalCatalogue.home.byField'), fields)}
${linkList(locale, t(locale, 'portalCatalogue.home.byAgency'), agencyLinks(locale, facets, agencies))}
</div>
<h2>${t(locale, popular.counted ? 'portalCatalogue.home.mostUsed' : 'portalCatalogue.home.featured')}</h2>
${procedureList(locale, popular.items)}
<h2>${t(locale, 'portalCatalogue.home.news')}</h2>
<ul class="results">${news.rows.map(
    (a) => html`<li><a href="/tin-tuc/${a.slug}">${a.title}</a><p class="meta"><span class="tag grey">${label(locale, 'portalCatalogue.news.kind.', a.kind)}</span> ${t(locale, 'portalCatalogue.news.published', { date: dateText(a.publishedAt) ?? '' })}</p><p>${a.summary}</p></li>`,
  )}</ul>
<p><a href="/tin-tuc">${t(locale, 'portalCatalogue.home.allNews')}</a></p>`;
  return sendPortalPage(deps, request, reply, { title: t(locale, 'portalCatalogue.home.title'), section: 'home', body });
}
