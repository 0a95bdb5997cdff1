/** SQL of catalogue administration: the procedure list for administrators and edits of a draft version. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { procedures, procedureVersions } from './catalog.tables.ts';

/** Procedures with their newest version number and status, by code (a province has a few hundred). */
export async function listProceduresForAdmin(db: Executor) {
  return db
    .select({
      code: procedures.code,
      name: procedures.name,
      latestVersion: sql<number>`(SELECT max(v.version) FROM procedure_versions v WHERE v.procedure_id = ${procedures.id})::int`,
      drafts: sql<number>`(SELECT count(*) FROM procedure_versions v WHERE v.procedure_id = ${procedures.id} AND v.status = 'DRAFT')::int`,
    })
    .from(procedures)
    .orderBy(asc(procedures.code));
}

/** Changes a draft in place; published versions are never touched (and are frozen by trigger anyway). Returns whether a draft was changed. */
export async function updateDraftVersionRow(
  tx: Executor,
  versionId: string,
  patch: Partial<Pick<typeof procedureVersions.$inferInsert, 'eformSchema' | 'workflowId'>>,
): Promise<boolean> {
  const rows = await tx
    .update(procedureVersions)
    .set(patch)
    .where(and(eq(procedureVersions.id, versionId), eq(procedureVersions.status, 'DRAFT')))
    .returning({ id: procedureVersions.id });
  return rows.length > 0;
}
