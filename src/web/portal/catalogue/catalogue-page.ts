/**
 * /thu-tuc: the catalogue search with filters (field, agency, life event,
 * online level, level) as one GET form, the count, pages of results, and
 * advice when nothing matches. It calls the same ranked search as the API.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { catalogueFacets, foldVietnamese, LIFE_EVENTS, LifeEvent, OnlineLevel, ProcedureLevel, queryTokens, searchProcedures } from '../../../modules/catalog/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { select, type Option } from '../../components/forms.ts';
import { html, type Html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendPortalPage } from '../portal-page.ts';
import { label, pagination, procedureList } from './catalogue-view.ts';
import { searchForm } from './search-form.ts';

const PAGE_SIZE = 10;

/** Lenient on purpose: a hand-edited or stale link never fails; a value that is not valid is just not applied. */
export const CatalogueQuery = z.object({
  q: z.string().optional(),
  field: z.string().optional(),
  agency: z.string().optional(),
  event: z.string().optional(),
  online: z.string().optional(),
  level: z.string().optional(),
  trang: z.string().optional(),
});

const valid = <T>(schema: z.ZodType<T>, value: string | undefined): T | undefined => (value ? schema.safeParse(value).data : undefined);

export async function showCatalogue(deps: WebDeps, request: FastifyRequest, reply: FastifyReply, query: z.infer<typeof CatalogueQuery>): Promise<FastifyReply> {
  const locale = pageLocale(request);
  const q = (query.q ?? '').trim().slice(0, 200);
  const [facets, agencies] = await Promise.all([catalogueFacets(deps.db), deps.services.agencies.current()]);
  const field = facets.fields.some((f) => f.code === query.field) ? query.field : undefined;
  const agency = query.agency ? agencies.resolve(query.agency)?.agency : undefined;
  const event = valid(LifeEvent, query.event);
  const online = valid(OnlineLevel, query.online);
  const level = valid(ProcedureLevel, query.level);
  const page = Math.min(1000, Math.max(1, Number.parseInt(query.trang ?? '1', 10) || 1));
  const { hits, total } = await searchProcedures(deps.db, {
    tokens: queryTokens(q),
    folded: foldVietnamese(q),
    fieldCode: field,
    agencyId: agency?.id,
    lifeEvent: event,
    onlineLevel: online,
    level,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ q, field, agency: agency?.code, event, online, level })) if (v) params.set(k, v);
  const filtered = Boolean(field || agency || event || online || level);

  const agencyOptions: Option[] = facets.agencies
    .flatMap((f) => agencies.byId(f.agencyId) ?? [])
    .filter((a) => a.level !== 'COMMUNE' || a.id === agency?.id)
    .sort((x, y) => x.name.localeCompare(y.name, 'vi'))
    .map((a) => ({ value: a.code, label: a.name }));
  const any = t(locale, 'portalCatalogue.filter.any');
  const filters = html`<details class="filters"${filtered ? html` open` : ''}><summary>${t(locale, 'portalCatalogue.list.filters')}</summary>
${select({ name: 'field', label: t(locale, 'portalCatalogue.filter.field'), placeholder: any, value: field, options: facets.fields.map((f) => ({ value: f.code, label: f.name })) })}
${select({ name: 'agency', label: t(locale, 'portalCatalogue.filter.agency'), placeholder: any, value: agency?.code, options: agencyOptions })}
${select({ name: 'event', label: t(locale, 'portalCatalogue.filter.event'), placeholder: any, value: event, options: LIFE_EVENTS.map((e) => ({ value: e, label: label(locale, 'portalCatalogue.event.', e) })) })}
${select({ name: 'online', label: t(locale, 'portalCatalogue.filter.online'), placeholder: any, value: online, options: OnlineLevel.options.map((l) => ({ value: l, label: label(locale, 'portalCatalogue.online.', l) })) })}
${select({ name: 'level', label: t(locale, 'portalCatalogue.filter.level'), placeholder: any, value: level, options: (['PROVINCE', 'COMMUNE'] as const).map((l) => ({ value: l, label: label(locale, 'portalCatalogue.level.', l) })) })}
<div class="actions"><button type="submit" class="secondary">${t(locale, 'portalCatalogue.filter.apply')}</button><a href="/thu-tuc">${t(locale, 'portalCatalogue.filter.clear')}</a></div></details>`;

  const title = q ? t(locale, 'portalCatalogue.list.resultsFor', { q }) : t(locale, 'portalCatalogue.list.title');
  const body = html`<h1>${title}</h1>
${searchForm(locale, q, filters)}
<p role="status"><strong>${t(locale, 'portalCatalogue.list.found', { count: total })}</strong></p>
${hits.length > 0 ? procedureList(locale, hits) : emptyAdvice(locale, filtered)}
${pagination(locale, '/thu-tuc', params, page, pages)}`;
  return sendPortalPage(deps, request, reply, {
    title,
    section: 'procedures',
    body,
    breadcrumbs: [{ href: '/', label: t(locale, 'portalCatalogue.home.title') }],
  });
}

function emptyAdvice(locale: Locale, filtered: boolean): Html {
  return html`<div class="notice info"><h2>${t(locale, 'portalCatalogue.empty.title')}</h2><ul>
<li>${t(locale, 'portalCatalogue.empty.spelling')}</li>
${filtered ? html`<li>${t(locale, 'portalCatalogue.empty.filters')} <a href="/thu-tuc">${t(locale, 'portalCatalogue.filter.clear')}</a></li>` : ''}
<li>${t(locale, 'portalCatalogue.empty.help')}</li></ul></div>`;
}
