/**
 * The back office's work queues for one officer: which queues their roles
 * give them, how many dossiers wait in each, and one page of a queue (or of a
 * search), always inside listScope — an officer never sees another agency's
 * dossiers, and a specialist sees only what is assigned to them or to nobody.
 */
import type { Actor } from '../../identity/index.ts';
import { DOSSIER_CODE_RE } from '../dossier-code.ts';
import type { DossierDeps } from '../dossier.deps.ts';
import { listScope } from '../dossier.policy.ts';
import type { DossierSummaryRow } from '../dossier.repo.ts';
import {
  countConsultations,
  countQueues,
  countWaiting,
  listConsultationPage,
  listQueuePage,
  listWaitingPage,
  searchVisiblePage,
  type QueueFilters,
  type QueuePair,
} from '../work-queues.repo.ts';

export const queueKinds = ['work', 'accept', 'transfer', 'assign', 'appraise', 'consult', 'approve', 'sign', 'issue', 'return', 'payment', 'supplement', 'overdue', 'atRisk'] as const;
export type QueueKind = (typeof queueKinds)[number];

type QueueDef = { source: 'queue'; role?: string; states?: string[]; risk?: string } | { source: 'waiting' } | { source: 'consult' };

const WAITING_STATES = ['SUPPLEMENT_REQUESTED', 'INTAKE_SUPPLEMENT'];
/** Roles that answer consultations addressed to their agency (the workflow's reply_consultation roles). */
const CONSULT_ROLES = ['SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER'];

const defs: Record<QueueKind, QueueDef> = {
  work: { source: 'queue' },
  accept: { source: 'queue', role: 'DESK_OFFICER', states: ['SUBMITTED'] },
  transfer: { source: 'queue', role: 'DESK_OFFICER', states: ['RECEIVED'] },
  assign: { source: 'queue', role: 'DEPARTMENT_HEAD', states: ['ASSIGNED'] },
  appraise: { source: 'queue', role: 'SPECIALIST', states: ['APPRAISAL', 'VERIFICATION', 'INTERAGENCY', 'CONSULTATION'] },
  consult: { source: 'consult' },
  approve: { source: 'queue', role: 'LEADER', states: ['AWAITING_APPROVAL'] },
  sign: { source: 'queue', role: 'LEADER', states: ['SIGNING'] },
  issue: { source: 'queue', role: 'RECORDS_CLERK', states: ['ISSUING'] },
  return: { source: 'queue', role: 'DESK_OFFICER', states: ['RESULT_READY'] },
  payment: { source: 'queue', role: 'DESK_OFFICER', states: ['AWAITING_PAYMENT'] },
  supplement: { source: 'waiting' },
  overdue: { source: 'queue', risk: 'OVERDUE' },
  atRisk: { source: 'queue', risk: 'AT_RISK' },
};

export interface OfficerQueues {
  pairs: QueuePair[];
  visibleAgencyIds: string[];
  consultAgencyIds: string[];
  /** The queues this officer's roles give, in display order. */
  kinds: QueueKind[];
}

/** The queues an officer has: role-specific ones for the roles held, the cross-cutting ones for anyone with a queue. */
export function officerQueues(actor: Actor): OfficerQueues {
  const scope = listScope(actor);
  const roles = new Set(scope.queue.map((q) => q.role));
  const consultAgencyIds = [...new Set(CONSULT_ROLES.flatMap((r) => [...(actor.scope.get(r as never) ?? [])]))];
  const kinds = queueKinds.filter((k) => {
    const d = defs[k];
    if (d.source === 'consult') return consultAgencyIds.length > 0;
    if (d.source === 'waiting') return roles.has('DESK_OFFICER') || roles.has('SPECIALIST');
    return d.role ? roles.has(d.role) : roles.size > 0;
  });
  return { pairs: scope.queue, visibleAgencyIds: scope.visibleAgencyIds, consultAgencyIds, kinds };
}

export async function countOfficerQueues(deps: Pick<DossierDeps, 'db'>, actor: Actor, q: OfficerQueues): Promise<Partial<Record<QueueKind, number>>> {
  const kinds = new Set(q.kinds);
  const [rows, waiting, consult] = await Promise.all([
    countQueues(deps.db, q.pairs, actor.id),
    kinds.has('supplement') ? countWaiting(deps.db, q.visibleAgencyIds, WAITING_STATES) : 0,
    kinds.has('consult') ? countConsultations(deps.db, q.consultAgencyIds) : 0,
  ]);
  const counts: Partial<Record<QueueKind, number>> = {};
  for (const kind of q.kinds) {
    const d = defs[kind];
    if (d.source === 'waiting') counts[kind] = waiting;
    else if (d.source === 'consult') counts[kind] = consult;
    else counts[kind] = rows.filter((r) => (!d.role || r.queueRole === d.role) && (!d.states || d.states.includes(r.state)) && (!d.risk || r.risk === d.risk)).reduce((s, r) => s + r.n, 0);
  }
  return counts;
}

export interface QueuePageQuery {
  kind: QueueKind;
  search?: string | undefined;
  procedureCode?: string | undefined;
  agencyId?: string | undefined;
  state?: string | undefined;
  offset: number;
  limit: number;
}

/** What a search term is: a dossier code, an owner identifier, or part of a name. */
export function classifySearch(term: string): Pick<QueueFilters, 'code' | 'ownerIds' | 'name'> {
  const t = term.trim();
  const upper = t.toUpperCase();
  if (DOSSIER_CODE_RE.test(upper)) return { code: upper };
  const compact = t.replace(/[\s.]/g, '');
  if (/^\d{9,13}$/.test(compact) || /^\d{10}-\d{3}$/.test(compact)) {
    // A 13-digit tax code may be written with or without its dash; both spellings are tried.
    const m = /^(\d{10})-?(\d{3})$/.exec(compact);
    return { ownerIds: m ? [compact, `${m[1]}-${m[2]}`, `${m[1]}${m[2]}`] : [compact] };
  }
  return { name: t };
}

const narrow = (ids: string[], agencyId: string | undefined) => (agencyId ? ids.filter((a) => a === agencyId) : ids);

export type QueueRow = DossierSummaryRow & { consultationDueAt?: Date };

/** One page of a queue (or of a search across everything the officer may see). */
export async function queuePage(deps: Pick<DossierDeps, 'db'>, actor: Actor, q: OfficerQueues, p: QueuePageQuery): Promise<QueueRow[]> {
  const window = { offset: p.offset, limit: p.limit };
  const base: QueueFilters = { procedureCode: p.procedureCode, states: p.state ? [p.state] : undefined };
  if (p.search) return searchVisiblePage(deps.db, narrow(q.visibleAgencyIds, p.agencyId), { ...base, ...classifySearch(p.search) }, window);
  const d = defs[p.kind];
  if (d.source === 'waiting') return listWaitingPage(deps.db, narrow(q.visibleAgencyIds, p.agencyId), WAITING_STATES, base, window);
  if (d.source === 'consult') return listConsultationPage(deps.db, narrow(q.consultAgencyIds, p.agencyId), base, window);
  const pairs = q.pairs.filter((x) => !d.role || x.role === d.role).map((x) => ({ role: x.role, agencyIds: narrow(x.agencyIds, p.agencyId) }));
  // A state filter outside the queue's own states matches nothing, rather than widening the queue.
  const states = d.states && p.state ? d.states.filter((s) => s === p.state) : (d.states ?? base.states);
  if (states && states.length === 0) return [];
  return listQueuePage(deps.db, pairs, actor.id, { ...base, states, risk: d.risk }, window);
}
