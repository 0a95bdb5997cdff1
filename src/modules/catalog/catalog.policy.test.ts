// Who may change the catalogue: an administrator, or the system loading the demo catalogue.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor } from '../identity/index.ts';
import { authorize } from './catalog.policy.ts';

const withRole = (role: 'ADMIN' | 'SUPERVISOR'): Actor => ({ kind: 'officer', id: role, name: role, grants: [], scope: new Map([[role, new Set(['province'])]]) });

describe('catalog policy', () => {
  it('lets an administrator and the system draft, edit and publish procedure versions', () => {
    expect(() => authorize(withRole('ADMIN'), 'procedure.edit', '1.001234')).not.toThrow();
    expect(() => authorize(systemActor, 'procedure.edit', '1.001234')).not.toThrow();
  });

  it('refuses other officers, and seeding by anyone but the system', () => {
    expect(() => authorize(withRole('SUPERVISOR'), 'procedure.edit', '1.001234')).toThrow(ForbiddenError);
    expect(() => authorize(withRole('ADMIN'), 'catalog.seed', null)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'catalog.seed', null)).not.toThrow();
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(systemActor, 'procedure.delete' as never, '1.001234' as never)).toThrow(ForbiddenError);
  });
});
