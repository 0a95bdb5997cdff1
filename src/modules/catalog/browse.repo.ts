/** Browsing the published catalogue: how many procedures per field, agency, life event and online level. */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';

export interface CatalogueFacets {
  fields: { code: string; name: string; count: number }[];
  agencies: { agencyId: string; count: number }[];
  lifeEvents: { event: string; count: number }[];
  onlineLevels: { level: string; count: number }[];
  total: number;
}

const rows = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export async function catalogueFacets(db: Executor): Promise<CatalogueFacets> {
  const [fields, agencies, events, levels] = await Promise.all([
    db.execute(sql`SELECT p.field_code AS code, f.name, count(*)::int AS count FROM procedures p JOIN fields f ON f.code = p.field_code
      WHERE p.current_version_id IS NOT NULL GROUP BY p.field_code, f.name ORDER BY f.name`),
    db.execute(sql`SELECT a.agency_id AS "agencyId", count(DISTINCT p.id)::int AS count FROM procedures p
      JOIN procedure_version_agencies a ON a.version_id = p.current_version_id AND a.role = 'COMPETENT' GROUP BY a.agency_id`),
    db.execute(sql`SELECT e AS event, count(*)::int AS count FROM procedures p, unnest(p.life_events) e
      WHERE p.current_version_id IS NOT NULL GROUP BY e`),
    db.execute(sql`SELECT online_level AS level, count(*)::int AS count FROM procedures WHERE current_version_id IS NOT NULL GROUP BY online_level`),
  ]);
  const onlineLevels = rows<{ level: string; count: number }>(levels);
  return {
    fields: rows(fields),
    agencies: rows(agencies),
    lifeEvents: rows(events),
    onlineLevels,
    total: onlineLevels.reduce((s, l) => s + l.count, 0),
  };
}

/** Name and online level of published procedures, in the order of `codes`. */
export async function procedureSummaries(db: Executor, codes: readonly string[]): Promise<{ code: string; name: string; onlineLevel: string }[]> {
  if (codes.length === 0) return [];
  const list = sql`${`{${codes.map((c) => `"${c.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;
  const found = rows<{ code: string; name: string; onlineLevel: string }>(
    await db.execute(sql`SELECT code, name, online_level AS "onlineLevel" FROM procedures WHERE current_version_id IS NOT NULL AND code = ANY(${list})`),
  );
  const byCode = new Map(found.map((r) => [r.code, r]));
  return codes.flatMap((c) => byCode.get(c) ?? []);
}
