/**
 * An in-memory snapshot of the agency tree (a province has a few hundred
 * agencies): code resolution, subtree expansion for role scopes, and names for
 * presenters, without a query per request. Reloaded periodically and after
 * changes, so every process converges within the reload interval.
 */
import type { Db } from '../../platform/db/database.ts';
import { outsideTransaction } from '../../platform/db/transaction-guard.ts';
import { cleanAgencyCode, classifyAgencyCode, mechanicalFromLegacy } from './agency-code.ts';
import { loadDirectoryRows, type AgencyRow, type DeskRow, type LineageRow } from './agency.repo.ts';

export type Agency = AgencyRow;
export type Desk = DeskRow;
/** An agency's own office hours, when it keeps hours other than its calendar's. */
export type WorkingHours = NonNullable<AgencyRow['workingHours']>;

export interface ResolvedAgency {
  agency: Agency;
  matchedBy: 'CODE' | 'ALIAS' | 'MECHANICAL';
  input: string;
}

export class AgencySnapshot {
  readonly #byId = new Map<string, Agency>();
  readonly #byCode = new Map<string, Agency>();
  readonly #aliases = new Map<string, string>();
  readonly #children = new Map<string, Agency[]>();
  readonly #subtrees = new Map<string, Set<string>>();
  readonly #desksById = new Map<string, Desk>();
  readonly #desksByCode = new Map<string, Desk>();
  readonly lineage: LineageRow[];
  readonly mechanicalFallback: boolean;

  constructor(
    rows: Awaited<ReturnType<typeof loadDirectoryRows>>,
    mechanicalFallback: boolean,
  ) {
    this.mechanicalFallback = mechanicalFallback;
    for (const a of rows.agencyRows) {
      this.#byId.set(a.id, a);
      this.#byCode.set(a.code, a);
      if (a.parentId) this.#children.set(a.parentId, [...(this.#children.get(a.parentId) ?? []), a]);
    }
    for (const al of rows.aliasRows) this.#aliases.set(al.alias, al.agencyId);
    for (const d of rows.deskRows) {
      this.#desksById.set(d.id, d);
      this.#desksByCode.set(d.code, d);
    }
    this.lineage = rows.lineageRows;
  }

  all(): Agency[] {
    return [...this.#byId.values()];
  }

  byId(id: string): Agency | undefined {
    return this.#byId.get(id);
  }

  byCode(code: string): Agency | undefined {
    return this.#byCode.get(code);
  }

  /** Finds an agency by any accepted spelling of its code. */
  resolve(input: string): ResolvedAgency | undefined {
    const code = cleanAgencyCode(input);
    if (!code) return undefined;
    const direct = this.#byCode.get(code);
    if (direct) return { agency: direct, matchedBy: 'CODE', input };
    const aliasTarget = this.#aliases.get(code);
    if (aliasTarget) {
      const agency = this.#byId.get(aliasTarget);
      if (agency) return { agency, matchedBy: 'ALIAS', input };
    }
    if (this.mechanicalFallback && classifyAgencyCode(code) === 'LEGACY') {
      const agency = this.#byCode.get(mechanicalFromLegacy(code));
      if (agency) return { agency, matchedBy: 'MECHANICAL', input };
    }
    return undefined;
  }

  children(id: string): Agency[] {
    return this.#children.get(id) ?? [];
  }

  /** The agency and all its descendants. */
  subtree(id: string): Set<string> {
    const cached = this.#subtrees.get(id);
    if (cached) return cached;
    const ids = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (ids.has(next)) continue;
      ids.add(next);
      for (const c of this.children(next)) stack.push(c.id);
    }
    this.#subtrees.set(id, ids);
    return ids;
  }

  ancestors(id: string): Agency[] {
    const out: Agency[] = [];
    let current = this.#byId.get(id)?.parentId;
    while (current) {
      const a = this.#byId.get(current);
      if (!a || out.includes(a)) break;
      out.push(a);
      current = a.parentId;
    }
    return out;
  }

  isActiveOn(agency: Agency, day: string): boolean {
    return agency.validFrom <= day && (agency.validTo === null || agency.validTo >= day);
  }

  successorsOf(id: string): Agency[] {
    return this.lineage.filter((l) => l.predecessorId === id).flatMap((l) => this.#byId.get(l.successorId) ?? []);
  }

  predecessorsOf(id: string): Agency[] {
    return this.lineage.filter((l) => l.successorId === id).flatMap((l) => this.#byId.get(l.predecessorId) ?? []);
  }

  desk(idOrCode: string): Desk | undefined {
    return this.#desksById.get(idOrCode) ?? this.#desksByCode.get(idOrCode.toUpperCase());
  }

  desksOf(agencyId: string): Desk[] {
    return [...this.#desksById.values()].filter((d) => d.agencyId === agencyId);
  }

  /**
   * Where a dossier for this agency is received by default: its own desk, else a
   * service-centre desk found by walking up the tree (provincial departments are
   * received at the provincial centre, DOMAIN §4.2).
   */
  defaultDeskFor(agencyId: string): Desk | undefined {
    const active = (d: Desk): boolean => d.validTo === null;
    for (const a of [this.#byId.get(agencyId), ...this.ancestors(agencyId)]) {
      if (!a) continue;
      const own = this.desksOf(a.id).find(active);
      if (own) return own;
      for (const id of this.subtree(a.id)) {
        if (this.#byId.get(id)?.kind !== 'SERVICE_CENTRE') continue;
        const centre = this.desksOf(id).find(active);
        if (centre) return centre;
      }
    }
    return undefined;
  }
}

export class AgencyDirectory {
  #snapshot: AgencySnapshot | undefined;
  #loadedAt = 0;
  #reloading: Promise<void> | undefined;
  readonly #db: Db;
  readonly #mechanicalFallback: boolean;
  readonly #maxAgeMs: number;
  readonly #listeners: (() => void)[] = [];

  constructor(db: Db, opts: { mechanicalFallback: boolean; maxAgeMs?: number }) {
    this.#db = db;
    this.#mechanicalFallback = opts.mechanicalFallback;
    this.#maxAgeMs = opts.maxAgeMs ?? 60_000;
  }

  async reload(): Promise<AgencySnapshot> {
    const snapshot = new AgencySnapshot(await loadDirectoryRows(this.#db), this.#mechanicalFallback);
    this.#snapshot = snapshot;
    this.#loadedAt = Date.now();
    for (const listener of this.#listeners) listener();
    return snapshot;
  }

  /** Calls `listener` after every reload: caches built from agencies (calendars with an agency's hours) drop with it. */
  onReload(listener: () => void): void {
    this.#listeners.push(listener);
  }

  /** The current snapshot; a stale one is refreshed in the background while it keeps serving. */
  async current(): Promise<AgencySnapshot> {
    if (!this.#snapshot) return this.reload();
    if (Date.now() - this.#loadedAt > this.#maxAgeMs && !this.#reloading) {
      // Not awaited, and outside any transaction the caller may be in: it queues like any other query.
      this.#reloading = outsideTransaction(() => this.reload())
        .then(() => undefined)
        .catch(() => undefined)
        .finally(() => {
          this.#reloading = undefined;
        });
    }
    return this.#snapshot;
  }
}
