/** Every anchor made, oldest first: which stored file holds the anchor of which slot (the backup copies them by name). */
import type { Executor } from '../../../platform/db/database.ts';
import { listAnchors } from '../audit.repo.ts';

export interface AnchorView {
  slot: string;
  createdAt: Date;
  sha256: string;
}

export async function auditAnchorList(db: Executor): Promise<AnchorView[]> {
  return (await listAnchors(db)).map((a) => ({ slot: a.slot, createdAt: a.createdAt, sha256: a.fileSha256 }));
}
