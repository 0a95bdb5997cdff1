/** Ranked, accent-insensitive, typo-tolerant search of the published catalogue (catalog.repo.ts holds the SQL). */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../catalog.repo.ts';

export type { SearchFilter, SearchHit } from '../catalog.repo.ts';

export async function searchProcedures(db: Executor, filter: repo.SearchFilter): Promise<{ hits: repo.SearchHit[]; total: number }> {
  return repo.searchProcedures(db, filter);
}

/** The fields (lĩnh vực) of the catalogue, by code. */
export async function listFields(db: Executor): Promise<{ code: string; name: string; sector: string }[]> {
  return repo.listFields(db);
}
