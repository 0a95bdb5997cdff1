// Database reads the administration tests check against.
import { findProcedureByCode, findVersion, listVersions } from '../../src/modules/catalog/catalog.repo.ts';
import type { Db } from '../../src/platform/db/database.ts';

export { findProcedureByCode, findVersion };

export async function maxVersionForTest(db: Db, code: string): Promise<number> {
  const p = await findProcedureByCode(db, code);
  return p ? ((await listVersions(db, p.id))[0]?.version ?? 0) : 0;
}
