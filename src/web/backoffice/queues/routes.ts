/**
 * GET /can-bo — the back office's home: the officer's work queues with counts,
 * filters, search (code, applicant name, personal id or tax code), sorted by
 * due date, soonest first. Thin: the queues and their scope are the dossiers
 * module's (work-queues query over listScope).
 */
import type { FastifyRequest } from 'fastify';
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import type { App } from '../../../platform/http/server.ts';
import { listProceduresForAdmin } from '../../../modules/catalog/index.ts';
import { countOfficerQueues, officerQueues, queueKinds, queuePage, type QueueKind } from '../../../modules/dossiers/index.ts';
import { html } from '../../html.ts';
import type { WebDeps } from '../../web-deps.ts';
import { pageLocale } from '../../web-page.ts';
import { sendOfficerPage } from '../backoffice-page.ts';
import { officerOf } from '../../guards.ts';
import { TWO_FACTOR_URL } from '../sign-in/two-factor-page.ts';
import { filterForm, MAX_PAGE, PAGE_SIZE, pager, table, tabs, type Option, type QueueParams } from './queue-view.ts';

const STATES = ['SUBMITTED', 'INTAKE_SUPPLEMENT', 'RECEIVED', 'ASSIGNED', 'APPRAISAL', 'VERIFICATION', 'CONSULTATION', 'INTERAGENCY', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'AWAITING_APPROVAL', 'SIGNING', 'ISSUING', 'RESULT_READY'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lenient reading of the query string: anything unknown falls back to the default instead of an error page. */
function readParams(request: FastifyRequest): QueueParams {
  const q = (request.query ?? {}) as Record<string, unknown>;
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
  const kind = str(q.hang, 20);
  const page = Number.parseInt(str(q.trang, 4), 10);
  const state = str(q.trangthai, 30);
  const agency = str(q.coquan, 36);
  return {
    kind: (queueKinds as readonly string[]).includes(kind) ? (kind as QueueKind) : 'work',
    search: str(q.q, 100),
    procedure: /^[0-9A-Za-z.\-_]{1,40}$/.test(str(q.thutuc, 40)) ? str(q.thutuc, 40) : '',
    agency: UUID.test(agency) ? agency.toLowerCase() : '',
    state: STATES.includes(state) ? state : '',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

let procedureOptions: { at: number; options: Option[] } | undefined;
/** The catalogue changes rarely; the list for the filter is kept a minute per process. */
async function procedures(deps: WebDeps): Promise<Option[]> {
  const now = Date.now();
  if (!procedureOptions || now - procedureOptions.at > 60_000) {
    const rows = await listProceduresForAdmin(deps.db);
    procedureOptions = { at: now, options: rows.map((r) => ({ value: r.code, label: `${r.code} – ${r.name}` })) };
  }
  return procedureOptions.options;
}

function caption(locale: Locale, p: QueueParams): string {
  const what = p.search ? `“${p.search}”` : t(locale, `officeQueues.tab.${p.kind}` as MessageKey);
  return `${what}. ${t(locale, 'officeQueues.sorted', { page: p.page })}`;
}

export function registerQueuePages(app: App, deps: WebDeps): void {
  app.get('/can-bo', { schema: { hide: true } }, async (request, reply) => {
    const officer = officerOf(request);
    const locale = pageLocale(request);
    const p = readParams(request);
    const title = t(locale, 'officeQueues.title');
    const queues = officerQueues(officer.actor);
    if (queues.kinds.length === 0 && queues.visibleAgencyIds.length === 0) {
      return sendOfficerPage(request, reply, officer, { title, section: 'queues', body: html`<h1>${title}</h1><p>${t(locale, 'officeQueues.noRoles')}</p>` });
    }
    const kind = queues.kinds.includes(p.kind) ? p.kind : (queues.kinds[0] ?? 'work');
    const params = { ...p, kind };
    const [counts, rows, procs, agencies] = await Promise.all([
      countOfficerQueues(deps.services.dossiers, officer.actor, queues),
      queuePage(deps.services.dossiers, officer.actor, queues, {
        kind,
        search: p.search || undefined,
        procedureCode: p.procedure || undefined,
        agencyId: p.agency || undefined,
        state: p.state || undefined,
        offset: (p.page - 1) * PAGE_SIZE,
        limit: PAGE_SIZE + 1,
      }),
      procedures(deps),
      deps.services.agencies.current(),
    ]);
    const page = rows.slice(0, PAGE_SIZE);
    const names = new Map<string, string>();
    for (const r of page) {
      if (!names.has(r.procedureVersionId)) names.set(r.procedureVersionId, (await deps.services.procedures.versionById(deps.db, r.procedureVersionId))?.procedure.name ?? r.procedureCode);
    }
    const agencyOptions = queues.visibleAgencyIds
      .map((id) => agencies.byId(id))
      .filter((a) => a !== undefined)
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, 300)
      .map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }));
    const stateOptions = STATES.map((s) => ({ value: s, label: t(locale, `state.${s}` as MessageKey) }));
    const body = html`<h1>${title}</h1>
${tabs(locale, params, queues.kinds, counts)}
${filterForm(locale, params, { procedures: procs, agencies: agencyOptions, states: stateOptions })}
${table(locale, page, names, caption(locale, params))}
${pager(locale, params, rows.length > PAGE_SIZE)}
<p class="muted"><a href="${TWO_FACTOR_URL}">${t(locale, 'officeSignIn.accountLink')}</a></p>`;
    return sendOfficerPage(request, reply, officer, { title, section: 'queues', body, width: 'wide' });
  });
}
