/**
 * The SQL of the back office's work queues: per-queue counts and pages. Every
 * statement stays inside the caller's scope and on an index: the queue index
 * (queue_agency_id, queue_role, queue_due_at, id) WHERE is_open for work, one
 * ordered range per (role, agency) merged by UNION ALL as in listDossiers;
 * exact code and owner-id searches on their unique / owner indexes; a search
 * by part of the name, among open dossiers only, on the trigram index of
 * motcua_fold(owner_name) WHERE is_open (migration 0013), so that it ignores
 * accents and case ("nguyen van" finds "Nguyễn Văn An"); for a fragment most
 * open dossiers share, the statistics of 0013 let the planner read the
 * officer's agencies' open dossiers instead.
 */
import type { Executor } from '../../platform/db/database.ts';
import { rawQuery } from '../../platform/db/raw-query.ts';
import { dossierCodec } from './dossier-codec.ts';
import { SUMMARY_COLUMNS, type DossierSummaryRow } from './dossier.repo.ts';

export interface QueuePair {
  role: string;
  agencyIds: string[];
}

/** Above this many (role, agency) pairs a queue is one ANY scan per role instead of one ordered scan per pair. */
const MAX_BRANCHES = 64;

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

/** `(queue_role = r AND queue_agency_id = a) OR …`, as branches or as one condition. */
function pairConditions(p: Params, pairs: QueuePair[]): string[] {
  const flat = pairs.flatMap((e) => e.agencyIds.map((agencyId) => ({ role: e.role, agencyId })));
  return flat.length <= MAX_BRANCHES
    ? flat.map((x) => `queue_role = ${p.add(x.role)} AND queue_agency_id = ${p.add(x.agencyId)}::uuid`)
    : pairs.map((e) => `queue_role = ${p.add(e.role)} AND queue_agency_id = ANY(${p.add(e.agencyIds)}::uuid[])`);
}

/** A specialist's queue holds dossiers assigned to them or to nobody yet; other roles' queues are shared. */
const mine = (p: Params, officerId: string) => `(assignee_id IS NULL OR assignee_id = ${p.add(officerId)}::uuid OR queue_role <> 'SPECIALIST')`;

export interface QueueCountRow {
  queueRole: string;
  state: string;
  risk: string;
  n: number;
}

/** Open dossiers waiting for the officer, by (role, state, risk): every tab's count comes from this one scan. */
export async function countQueues(db: Executor, pairs: QueuePair[], officerId: string): Promise<QueueCountRow[]> {
  if (pairs.every((x) => x.agencyIds.length === 0)) return [];
  const p = new Params();
  const any = pairConditions(p, pairs).map((c) => `(${c})`).join(' OR ');
  const text = `SELECT queue_role, state, risk, count(*)::int AS n FROM dossiers WHERE is_open AND (${any}) AND ${mine(p, officerId)} GROUP BY queue_role, state, risk`;
  const rows = await rawQuery(db, text, p.values);
  return rows.map((r) => ({ queueRole: String(r.queue_role), state: String(r.state), risk: String(r.risk), n: Number(r.n) }));
}

/** Dossiers waiting for the applicant (no agency queue) that touch the given agencies. */
export async function countWaiting(db: Executor, agencyIds: string[], states: string[]): Promise<number> {
  if (agencyIds.length === 0) return 0;
  const rows = await rawQuery(
    db,
    `SELECT count(*)::int AS n FROM dossiers WHERE is_open AND queue_role IS NULL AND state = ANY($1::text[]) AND agency_ids && $2::uuid[]`,
    [states, agencyIds],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Open consultations addressed to the given agencies. */
export async function countConsultations(db: Executor, agencyIds: string[]): Promise<number> {
  if (agencyIds.length === 0) return 0;
  const rows = await rawQuery(
    db,
    `SELECT count(DISTINCT c.dossier_id)::int AS n FROM dossier_consultations c JOIN dossiers d ON d.id = c.dossier_id
     WHERE c.answered_at IS NULL AND c.agency_id = ANY($1::uuid[]) AND d.is_open`,
    [agencyIds],
  );
  return Number(rows[0]?.n ?? 0);
}

export interface QueueFilters {
  states?: string[] | undefined;
  risk?: string | undefined;
  procedureCode?: string | undefined;
  /** Exact dossier code. */
  code?: string | undefined;
  /** Owner identifiers (personal id, tax code, passport), exact. */
  ownerIds?: string[] | undefined;
  /** Part of the owner's name, ignoring case and accents; open dossiers only. */
  name?: string | undefined;
}

function filterConditions(p: Params, f: QueueFilters, alias = ''): string[] {
  const c: string[] = [];
  if (f.states?.length) c.push(`${alias}state = ANY(${p.add(f.states)}::text[])`);
  if (f.risk) c.push(`${alias}risk = ${p.add(f.risk)}`);
  if (f.procedureCode) c.push(`${alias}procedure_code = ${p.add(f.procedureCode)}`);
  if (f.code) c.push(`${alias}code = ${p.add(f.code)}`);
  // All owner kinds are named so the (owner_id_type, owner_id) index serves the search.
  if (f.ownerIds?.length) c.push(`${alias}owner_id_type = ANY('{PERSONAL_ID,TAX_CODE,PASSPORT}'::text[]) AND ${alias}owner_id = ANY(${p.add(f.ownerIds)}::text[])`);
  // Written as the trigram index is (the same motcua_fold(owner_name), is_open in the predicate), so the
  // planner can use it. % _ \ are escaped after folding, since unaccent turns fullwidth ％ ＿ ＼ into them.
  if (f.name) c.push(`${alias}is_open AND motcua_fold(${alias}owner_name) LIKE ('%' || regexp_replace(motcua_fold(${p.add(f.name)}), '([%_\\\\])', '\\\\\\1', 'g') || '%')`);
  return c;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

const decode = (rows: Record<string, unknown>[]): DossierSummaryRow[] => rows.map((r) => dossierCodec.decode(r) as DossierSummaryRow);

/** A page of the officer's work queue (restricted to `pairs`), soonest due first. */
export async function listQueuePage(db: Executor, pairs: QueuePair[], officerId: string, f: QueueFilters, w: PageWindow): Promise<DossierSummaryRow[]> {
  if (pairs.every((x) => x.agencyIds.length === 0)) return [];
  const p = new Params();
  const extra = filterConditions(p, f);
  const own = mine(p, officerId);
  const reach = p.add(w.offset + w.limit);
  // Each branch reads at most offset + limit rows of one index range; the outer sort merges them.
  const branches = pairConditions(p, pairs).map((cond) => `(SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${['is_open', cond, own, ...extra].join(' AND ')} ORDER BY queue_due_at, id LIMIT ${reach})`);
  const text = `SELECT * FROM (${branches.join(' UNION ALL ')}) q ORDER BY queue_due_at, id LIMIT ${p.add(w.limit)} OFFSET ${p.add(w.offset)}`;
  return decode(await rawQuery(db, text, p.values));
}

/** Open dossiers waiting for the applicant that touch the agencies, oldest first. */
export async function listWaitingPage(db: Executor, agencyIds: string[], waitingStates: string[], f: QueueFilters, w: PageWindow): Promise<DossierSummaryRow[]> {
  if (agencyIds.length === 0) return [];
  const p = new Params();
  const cond = ['is_open', 'queue_role IS NULL', `state = ANY(${p.add(waitingStates)}::text[])`, `agency_ids && ${p.add(agencyIds)}::uuid[]`, ...filterConditions(p, { ...f, states: undefined })];
  const text = `SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${cond.join(' AND ')} ORDER BY paused_since NULLS LAST, id LIMIT ${p.add(w.limit)} OFFSET ${p.add(w.offset)}`;
  return decode(await rawQuery(db, text, p.values));
}

/** Dossiers with an open consultation addressed to the agencies, the consultation's due date first. */
export async function listConsultationPage(db: Executor, agencyIds: string[], f: QueueFilters, w: PageWindow): Promise<(DossierSummaryRow & { consultationDueAt: Date })[]> {
  if (agencyIds.length === 0) return [];
  const p = new Params();
  const cols = SUMMARY_COLUMNS.split(', ').map((c) => `d.${c}`).join(', ');
  const cond = ['c.answered_at IS NULL', `c.agency_id = ANY(${p.add(agencyIds)}::uuid[])`, 'd.is_open', ...filterConditions(p, f, 'd.')];
  const text = `SELECT ${cols}, min(c.due_at) AS consultation_due_at FROM dossier_consultations c JOIN dossiers d ON d.id = c.dossier_id
    WHERE ${cond.join(' AND ')} GROUP BY d.id ORDER BY consultation_due_at, d.id LIMIT ${p.add(w.limit)} OFFSET ${p.add(w.offset)}`;
  const rows = await rawQuery(db, text, p.values);
  return rows.map((r) => ({ ...(dossierCodec.decode(r) as DossierSummaryRow), consultationDueAt: new Date(String(r.consultation_due_at)) }));
}

/** Search of every dossier the officer may see (open or closed) by exact code or owner id, or open ones by name. */
export async function searchVisiblePage(db: Executor, visibleAgencyIds: string[], f: QueueFilters, w: PageWindow): Promise<DossierSummaryRow[]> {
  if (visibleAgencyIds.length === 0) return [];
  const p = new Params();
  // Exact look-ups reach closed dossiers too; a name search brings its own is_open (filterConditions).
  const cond = [`agency_ids && ${p.add(visibleAgencyIds)}::uuid[]`, ...(f.code || f.ownerIds || f.name ? [] : ['is_open']), ...filterConditions(p, f)];
  const text = `SELECT ${SUMMARY_COLUMNS} FROM dossiers WHERE ${cond.join(' AND ')} ORDER BY queue_due_at, id LIMIT ${p.add(w.limit)} OFFSET ${p.add(w.offset)}`;
  return decode(await rawQuery(db, text, p.values));
}
