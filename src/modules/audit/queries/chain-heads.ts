/** Every chain's head as stored (the backup manifest records them; restore checks the restored chains extend them). */
import type { Executor } from '../../../platform/db/database.ts';
import { listHeads } from '../audit.repo.ts';

export interface ChainHeadView {
  chain: number;
  seq: number;
  hash: string;
}

export async function auditChainHeads(db: Executor): Promise<ChainHeadView[]> {
  return (await listHeads(db)).map((h) => ({ chain: h.chain, seq: h.seq, hash: h.hash.toString('hex') }));
}
