// The inbox: the citizen's channel marks messages read, the job writes them, administrators edit the wording.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from '../identity/index.ts';
import { authorize } from './notifications.policy.ts';

const actor = (kind: Actor['kind'], role: GrantRole, agencies: string[]): Actor => ({ kind, id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });
const owner = { ownerIdType: 'PERSONAL_ID', ownerId: '001203004567' };

describe('notifications policy', () => {
  it('lets the portal channel mark its messages read, and nobody else', () => {
    expect(() => authorize(actor('client', 'INTEGRATION', ['province']), 'inbox.markRead', owner)).not.toThrow();
    expect(() => authorize(actor('officer', 'ADMIN', ['province']), 'inbox.markRead', owner)).toThrow(ForbiddenError);
  });

  it('writes messages as the system only', () => {
    expect(() => authorize(systemActor, 'notification.write', owner)).not.toThrow();
    expect(() => authorize(actor('client', 'INTEGRATION', ['province']), 'notification.write', owner)).toThrow(ForbiddenError);
  });

  it('lets administrators edit templates', () => {
    expect(() => authorize(actor('officer', 'ADMIN', ['ward']), 'template.edit', 'dossier.received')).not.toThrow();
    expect(() => authorize(actor('officer', 'SUPERVISOR', ['province']), 'template.edit', 'dossier.received')).toThrow(ForbiddenError);
  });
});
