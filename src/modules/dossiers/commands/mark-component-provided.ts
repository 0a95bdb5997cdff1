/**
 * A component of the dossier counts as provided once a file is attached to it
 * (and as reused when the file came from the owner's data warehouse, DOMAIN
 * §8). The documents module attaches files and calls this: the dossier's own
 * tables are written only by this module.
 */
import type { Ctx } from '../../identity/index.ts';
import { markComponentProvided as markProvided } from '../dossier.repo.ts';

export async function markComponentProvided(ctx: Ctx, input: { dossierId: string; componentCode: string; reused: boolean }): Promise<void> {
  await markProvided(ctx.tx, input.dossierId, input.componentCode, input.reused);
}
