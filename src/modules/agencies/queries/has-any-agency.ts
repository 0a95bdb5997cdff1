/** Whether the directory holds any agency at all: an empty one means a database never seeded. */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../agency.repo.ts';

export async function hasAnyAgency(db: Executor): Promise<boolean> {
  return repo.hasAnyAgency(db);
}
