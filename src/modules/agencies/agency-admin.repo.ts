/** SQL of agency administration: new agencies and desks, and edits of an agency's names and address. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { agencies, oneStopDesks } from './agency.tables.ts';

export async function insertAgency(tx: Executor, row: typeof agencies.$inferInsert): Promise<void> {
  await tx.insert(agencies).values(row);
}

export async function updateAgencyDetails(tx: Executor, id: string, patch: { name: string; shortName: string | null; address: string | null }): Promise<void> {
  await tx.update(agencies).set(patch).where(eq(agencies.id, id));
}

export async function insertDesk(tx: Executor, row: typeof oneStopDesks.$inferInsert): Promise<void> {
  await tx.insert(oneStopDesks).values(row);
}
