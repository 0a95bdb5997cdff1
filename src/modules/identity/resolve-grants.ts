/** Grant inputs name agencies by code; this turns them into rows, refusing unknown agencies. */
import { vnLocalDate } from '../../platform/clock.ts';
import { ValidationError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { AgencyTree } from './agency-tree.ts';
import type { GrantInput } from './identity.schemas.ts';

export function resolveGrants(
  grants: GrantInput[],
  agencies: AgencyTree,
  who: { officerId: string } | { clientId: string },
  grantedBy: string,
  now: Date,
) {
  return grants.map((g, i) => {
    const resolved = agencies.resolve(g.agencyCode);
    if (!resolved) {
      throw new ValidationError([{ path: ['grants', i, 'agencyCode'], key: 'agency.notFound', params: { code: g.agencyCode } }]);
    }
    return {
      id: newId(),
      ...who,
      role: g.role,
      agencyId: resolved.agency.id,
      includeSubtree: g.includeSubtree,
      validFrom: g.validFrom ?? vnLocalDate(now),
      validTo: g.validTo ?? null,
      grantedBy,
    };
  });
}
