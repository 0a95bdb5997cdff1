/**
 * The demo accounts (seed/demo-officers.ts): one officer per role and the
 * simulated national portal's API client, made through the same commands an
 * administrator uses. An account that already exists is left as it is.
 */
import type { AgencyTree } from '../agency-tree.ts';
import { findOfficerByUsername } from '../identity.repo.ts';
import type { Ctx } from '../policy.ts';
import { DEMO_CLIENT_TOKEN, DEMO_PASSWORD, demoClient, demoOfficers } from '../seed/demo-officers.ts';
import { createApiClient } from './create-api-client.ts';
import { createOfficer } from './create-officer.ts';

export async function seedDemoOfficers(ctx: Ctx, input: { agencies: AgencyTree; /** First day of every demo grant. */ grantsFrom: string }): Promise<void> {
  for (const o of demoOfficers) {
    if (await findOfficerByUsername(ctx.tx, o.username)) continue;
    const grants = o.grants.map((g) => ({ ...g, includeSubtree: true, validFrom: input.grantsFrom }));
    await createOfficer(ctx, { agencies: input.agencies, officer: { ...o, password: DEMO_PASSWORD, grants } });
  }
  const client = { ...demoClient, grants: demoClient.grants.map((g) => ({ ...g, validFrom: input.grantsFrom })) };
  await createApiClient(ctx, { agencies: input.agencies, client, presetToken: DEMO_CLIENT_TOKEN });
}
