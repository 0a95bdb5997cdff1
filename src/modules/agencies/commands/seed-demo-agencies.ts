/** Loads the demo agency tree, desks and administrative units (seed/); the system's own change, run before anyone can sign in. */
import type { Ctx } from '../../identity/index.ts';
import type { AgencyDeps } from '../agencies.deps.ts';
import { authorize } from '../agency.policy.ts';
import { seedDemoAgencyRows } from '../seed/seed-agencies.ts';

export async function seedDemoAgencies(ctx: Ctx, deps: AgencyDeps): Promise<void> {
  authorize(ctx.actor, 'agencies.seed', null);
  await seedDemoAgencyRows(ctx.tx);
  ctx.afterCommit(async () => {
    await deps.agencies.reload();
  });
}
