/** The markup of the work-queue page: tabs with counts, the filter form, the table and the pager. */
import { toVnIso } from '../../../platform/clock.ts';
import { t, type Locale, type MessageKey } from '../../../platform/i18n/index.ts';
import type { QueueKind, QueueRow } from '../../../modules/dossiers/index.ts';
import { html, type Html } from '../../html.ts';

export interface QueueParams {
  kind: QueueKind;
  search: string;
  procedure: string;
  agency: string;
  state: string;
  page: number;
}

export interface Option {
  value: string;
  label: string;
}

export const PAGE_SIZE = 50;
/** Offset pagination is capped: past it, filtering is the way (and no deep OFFSET scan happens). */
export const MAX_PAGE = 20;

export function queueUrl(p: QueueParams, change: Partial<QueueParams> = {}): string {
  const v = { ...p, ...change };
  const q = new URLSearchParams();
  if (v.kind !== 'work') q.set('hang', v.kind);
  if (v.search) q.set('q', v.search);
  if (v.procedure) q.set('thutuc', v.procedure);
  if (v.agency) q.set('coquan', v.agency);
  if (v.state) q.set('trangthai', v.state);
  if (v.page > 1) q.set('trang', String(v.page));
  const s = q.toString();
  return s ? `/can-bo?${s}` : '/can-bo';
}

export function tabs(locale: Locale, p: QueueParams, kinds: QueueKind[], counts: Partial<Record<QueueKind, number>>): Html {
  return html`<nav aria-label="${t(locale, 'officeQueues.tabs')}"><ul class="queue-tabs">${kinds.map((k) => {
    const current = !p.search && k === p.kind;
    const n = counts[k] ?? 0;
    const flag = (k === 'overdue' || k === 'atRisk') && n > 0 ? ` ${k === 'overdue' ? 'bad' : 'warn'}` : '';
    return html`<li><a href="${queueUrl({ kind: k, search: '', procedure: p.procedure, agency: p.agency, state: '', page: 1 })}"${current ? html` aria-current="page"` : ''}>${t(locale, `officeQueues.tab.${k}` as MessageKey)} <span class="count${flag}">${n}<span class="visually-hidden"> ${t(locale, 'officeQueues.countLabel', { count: '' }).trim()}</span></span></a></li>`;
  })}</ul></nav>`;
}

function selectField(name: string, label: string, anyLabel: string, options: Option[], value: string): Html {
  return html`<div class="field"><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">${anyLabel}</option>${options.map(
    (o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`,
  )}</select></div>`;
}

export function filterForm(locale: Locale, p: QueueParams, options: { procedures: Option[]; agencies: Option[]; states: Option[] }): Html {
  const any = t(locale, 'officeQueues.any');
  return html`<form method="get" action="/can-bo" class="queue-filters" role="search" aria-labelledby="queue-filters-title">
<h2 id="queue-filters-title" class="visually-hidden">${t(locale, 'officeQueues.filters')}</h2>
${p.kind !== 'work' ? html`<input type="hidden" name="hang" value="${p.kind}">` : ''}
<div class="field"><label for="f-q">${t(locale, 'officeQueues.search')}</label><span class="hint" id="f-q-hint">${t(locale, 'officeQueues.searchHint')}</span>
<div class="search-box"><input id="f-q" name="q" type="search" value="${p.search}" maxlength="100" accesskey="t" aria-describedby="f-q-hint" autocomplete="off"></div></div>
<div class="queue-filter-row">
${selectField('thutuc', t(locale, 'officeQueues.procedure'), any, options.procedures, p.procedure)}
${selectField('coquan', t(locale, 'officeQueues.agency'), any, options.agencies, p.agency)}
${selectField('trangthai', t(locale, 'officeQueues.state'), any, options.states, p.state)}
</div>
<div class="actions"><button type="submit">${t(locale, 'officeQueues.apply')}</button><a href="${queueUrl({ kind: p.kind, search: '', procedure: '', agency: '', state: '', page: 1 })}">${t(locale, 'officeQueues.clear')}</a></div>
</form>`;
}

function dueText(at: Date): string {
  const iso = toVnIso(at);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

const NO_DUE_YEAR = 9999;

function riskTag(locale: Locale, risk: string): Html {
  if (risk === 'OVERDUE') return html` <strong class="tag bad">${t(locale, 'officeQueues.risk.OVERDUE')}</strong>`;
  if (risk === 'AT_RISK') return html` <strong class="tag warn">${t(locale, 'officeQueues.risk.AT_RISK')}</strong>`;
  if (risk === 'WARN') return html` <span class="tag grey">${t(locale, 'officeQueues.risk.WARN')}</span>`;
  return html``;
}

export function table(locale: Locale, rows: QueueRow[], procedureNames: Map<string, string>, caption: string): Html {
  if (rows.length === 0) return html`<p class="notice info">${t(locale, 'officeQueues.empty')}</p>`;
  return html`<div class="table-scroll"><table class="queue-table"><caption>${caption}</caption>
<thead><tr><th scope="col">${t(locale, 'officeQueues.col.code')}</th><th scope="col">${t(locale, 'officeQueues.col.applicant')}</th><th scope="col">${t(locale, 'officeQueues.col.procedure')}</th><th scope="col">${t(locale, 'officeQueues.col.state')}</th><th scope="col">${t(locale, 'officeQueues.col.due')}</th></tr></thead>
<tbody>${rows.map((r) => {
    const due = r.consultationDueAt ?? r.queueDueAt;
    const href = `/can-bo/ho-so/${r.id}`;
    return html`<tr class="${r.risk === 'OVERDUE' ? 'overdue' : r.risk === 'AT_RISK' ? 'at-risk' : ''}"><th scope="row"><a href="${href}">${r.code ?? t(locale, 'officeQueues.noCode')}</a></th>
<td><a href="${href}" tabindex="-1">${r.ownerName}</a></td><td>${procedureNames.get(r.procedureVersionId) ?? r.procedureCode}</td>
<td>${t(locale, `state.${r.state}` as MessageKey)}</td>
<td>${due.getUTCFullYear() >= NO_DUE_YEAR ? t(locale, 'officeQueues.noDue') : html`<time datetime="${toVnIso(due)}">${dueText(due)}</time>`}${riskTag(locale, r.risk)}</td></tr>`;
  })}</tbody></table></div>`;
}

export function pager(locale: Locale, p: QueueParams, hasNext: boolean): Html {
  if (p.page === 1 && !hasNext) return html``;
  return html`<nav aria-label="${t(locale, 'officeQueues.pages')}"><ul class="pagination">
${p.page > 1 ? html`<li><a href="${queueUrl(p, { page: p.page - 1 })}" rel="prev">${t(locale, 'officeQueues.previous')}</a></li>` : ''}
${hasNext && p.page < MAX_PAGE ? html`<li><a href="${queueUrl(p, { page: p.page + 1 })}" rel="next">${t(locale, 'officeQueues.next')}</a></li>` : ''}
</ul>${hasNext && p.page >= MAX_PAGE ? html`<p class="muted">${t(locale, 'officeQueues.pageCap', { max: MAX_PAGE })}</p>` : ''}</nav>`;
}
