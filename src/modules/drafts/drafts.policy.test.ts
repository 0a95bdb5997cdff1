// Drafts are written only by the portal channel acting for the signed-in citizen.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from '../identity/index.ts';
import { authorize } from './drafts.policy.ts';

const actor = (kind: Actor['kind'], role: GrantRole, agencies: string[]): Actor => ({ kind, id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });
const owner = { ownerIdType: 'PERSONAL_ID' as const, ownerId: '001203004567' };

describe('drafts policy', () => {
  it('lets the portal channel start, save, delete and submit drafts', () => {
    expect(() => authorize(actor('client', 'INTEGRATION', ['province']), 'draft.write', owner)).not.toThrow();
    expect(() => authorize(actor('client', 'INTEGRATION', ['province']), 'draft.submit', owner)).not.toThrow();
  });

  it('refuses officers, clients without the channel role, and the system', () => {
    expect(() => authorize(actor('officer', 'DESK_OFFICER', ['province']), 'draft.write', owner)).toThrow(ForbiddenError);
    expect(() => authorize(actor('client', 'KIOSK', ['province']), 'draft.submit', owner)).toThrow(ForbiddenError);
    expect(() => authorize(actor('client', 'INTEGRATION', []), 'draft.write', owner)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'draft.write', owner)).toThrow(ForbiddenError);
  });
});
