/** Browsing the published catalogue: counts per field, agency, life event and online level; names of chosen procedures. */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../browse.repo.ts';

export type { CatalogueFacets } from '../browse.repo.ts';

export async function catalogueFacets(db: Executor): Promise<repo.CatalogueFacets> {
  return repo.catalogueFacets(db);
}

/** Name and online level of published procedures, in the order of `codes`. */
export async function procedureSummaries(db: Executor, codes: readonly string[]): Promise<{ code: string; name: string; onlineLevel: string }[]> {
  return repo.procedureSummaries(db, codes);
}
