/**
 * An administrator sets an agency's own office hours (null: back to its
 * calendar's hours). Due dates use them from the directory's reload after
 * commit (calendars built on the old hours are dropped with it).
 */
import type { Ctx } from '../../identity/index.ts';
import type { AgencyDeps } from '../agencies.deps.ts';
import type { WorkingHours } from '../agency-directory.ts';
import { agencyByCode } from '../agency-lookup.ts';
import { authorize } from '../agency.policy.ts';
import { setWorkingHours as writeHours } from '../agency.repo.ts';

export async function setWorkingHours(ctx: Ctx, deps: AgencyDeps, input: { code: string; workingHours: WorkingHours | null }): Promise<{ code: string }> {
  const { agency } = await agencyByCode(deps.agencies, input.code);
  authorize(ctx.actor, 'agency.edit', agency);
  await writeHours(ctx.tx, agency.id, input.workingHours);
  await ctx.audit([{ action: 'agency.working_hours', entityType: 'agency', entityId: agency.id, payload: { workingHours: input.workingHours } }]);
  ctx.afterCommit(async () => {
    await deps.agencies.reload();
  });
  return { code: agency.code };
}
