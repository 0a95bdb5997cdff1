/** All SQL of the catalogue module. */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { fields, procedures, procedureVersionAgencies, procedureVersions } from './catalog.tables.ts';

export type ProcedureRow = typeof procedures.$inferSelect;
export type VersionRow = typeof procedureVersions.$inferSelect;

export interface SearchFilter {
  tokens: string[];
  folded: string;
  fieldCode?: string | undefined;
  agencyId?: string | undefined;
  level?: string | undefined;
  onlineLevel?: string | undefined;
  lifeEvent?: string | undefined;
  limit: number;
  offset: number;
}

export interface SearchHit {
  id: string;
  code: string;
  name: string;
  fieldCode: string;
  fieldName: string;
  level: string;
  onlineLevel: string;
  score: number;
  total: number;
}

/**
 * Ranked, accent-insensitive, typo-tolerant search: whole-word hits of the
 * query's words weigh most, word prefixes help while typing, and trigram word
 * similarity catches typos. Filters narrow the same query.
 */
export async function searchProcedures(db: Executor, f: SearchFilter): Promise<{ hits: SearchHit[]; total: number }> {
  const conditions: SQL[] = [sql`p.current_version_id IS NOT NULL`];
  if (f.fieldCode) conditions.push(sql`p.field_code = ${f.fieldCode}`);
  if (f.level) conditions.push(sql`p.level = ${f.level}`);
  if (f.onlineLevel) conditions.push(sql`p.online_level = ${f.onlineLevel}`);
  if (f.lifeEvent) conditions.push(sql`${f.lifeEvent} = ANY(p.life_events)`);
  if (f.agencyId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM procedure_version_agencies a WHERE a.version_id = p.current_version_id AND a.agency_id = ${f.agencyId})`,
    );
  }
  const n = Math.max(1, f.tokens.length);
  const tokens = sql`${`{${f.tokens.map((t) => `"${t}"`).join(',')}}`}::text[]`;
  const scored = sql`
    SELECT p.id, p.code, p.name, p.field_code AS "fieldCode", fl.name AS "fieldName", p.level, p.online_level AS "onlineLevel",
      (SELECT count(*) FROM unnest(${tokens}) t WHERE position(' ' || t || ' ' IN p.search_text) > 0)::float8 / ${n} AS hits,
      (SELECT count(*) FROM unnest(${tokens}) t WHERE position(' ' || t IN p.search_text) > 0)::float8 / ${n} AS prefixes,
      CASE WHEN ${f.folded} = '' THEN 0 ELSE word_similarity(${f.folded}, p.search_text) END AS sim,
      (p.code = ${f.folded})::int AS exact
    FROM procedures p JOIN fields fl ON fl.code = p.field_code
    WHERE ${sql.join(conditions, sql` AND `)}`;
  const matchAll = f.tokens.length === 0;
  const result = await db.execute(sql`
    WITH scored AS (${scored}),
    matched AS (
      SELECT *, (exact * 10 + hits * 2 + prefixes * 0.5 + sim) AS score FROM scored
      WHERE ${matchAll ? sql`true` : sql`exact = 1 OR hits > 0 OR prefixes > 0 OR sim >= 0.45`}
    )
    SELECT id, code, name, "fieldCode", "fieldName", level, "onlineLevel", score, (SELECT count(*) FROM matched)::int AS total
    FROM matched
    ORDER BY score DESC, name ASC
    LIMIT ${f.limit} OFFSET ${f.offset}`);
  const rows = (result as unknown as { rows: SearchHit[] }).rows.map((r) => ({ ...r, score: Number(r.score) }));
  if (rows.length > 0 || f.offset === 0) return { hits: rows, total: rows[0]?.total ?? 0 };
  // A page past the last hit still reports how many there are.
  const count = (await db.execute(sql`WITH scored AS (${scored}) SELECT count(*)::int AS total FROM scored
    WHERE ${matchAll ? sql`true` : sql`exact = 1 OR hits > 0 OR prefixes > 0 OR sim >= 0.45`}`)) as unknown as { rows: { total: number }[] };
  return { hits: [], total: count.rows[0]?.total ?? 0 };
}

export async function findProcedureByCode(db: Executor, code: string): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.code, code));
  return row;
}

export async function findProcedureById(db: Executor, id: string): Promise<ProcedureRow | undefined> {
  const [row] = await db.select().from(procedures).where(eq(procedures.id, id));
  return row;
}

export async function findVersionById(db: Executor, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(procedureVersions).where(eq(procedureVersions.id, id));
  return row;
}

export async function findVersion(db: Executor, procedureId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)));
  return row;
}

export async function listVersions(db: Executor, procedureId: string) {
  return db
    .select({
      id: procedureVersions.id,
      version: procedureVersions.version,
      status: procedureVersions.status,
      publishedAt: procedureVersions.publishedAt,
      createdAt: procedureVersions.createdAt,
    })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId))
    .orderBy(desc(procedureVersions.version));
}

export async function versionAgencies(db: Executor, versionId: string) {
  return db
    .select({ agencyId: procedureVersionAgencies.agencyId, role: procedureVersionAgencies.role })
    .from(procedureVersionAgencies)
    .where(eq(procedureVersionAgencies.versionId, versionId));
}

export async function listFields(db: Executor) {
  return db.select().from(fields).orderBy(asc(fields.code));
}

export async function insertFields(tx: Executor, rows: (typeof fields.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(fields).values(rows).onConflictDoNothing();
}

export async function insertProcedure(tx: Executor, row: typeof procedures.$inferInsert): Promise<void> {
  await tx.insert(procedures).values(row);
}

export async function insertVersion(
  tx: Executor,
  row: typeof procedureVersions.$inferInsert,
  agencies: { agencyId: string; role: string }[],
): Promise<void> {
  await tx.insert(procedureVersions).values(row);
  if (agencies.length > 0) {
    await tx.insert(procedureVersionAgencies).values(agencies.map((a) => ({ versionId: row.id!, ...a })));
  }
}

export async function maxVersion(tx: Executor, procedureId: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${procedureVersions.version}), 0)::int` })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, procedureId));
  return row?.v ?? 0;
}

/** Publishes a draft: it becomes the current version; the previous published version is retired. */
export async function markVersionPublished(
  tx: Executor,
  procedureId: string,
  versionId: string,
  onlineLevel: string,
  by: string,
  at: Date,
): Promise<void> {
  await tx
    .update(procedureVersions)
    .set({ status: 'RETIRED' })
    .where(and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.status, 'PUBLISHED')));
  await tx
    .update(procedureVersions)
    .set({ status: 'PUBLISHED', publishedAt: at, publishedBy: by })
    .where(eq(procedureVersions.id, versionId));
  await tx.update(procedures).set({ currentVersionId: versionId, onlineLevel }).where(eq(procedures.id, procedureId));
}
