// Who may change workflow definitions: an administrator, or the system loading the standard templates.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor } from '../identity/index.ts';
import { authorize } from './workflow.policy.ts';

const withRole = (role: 'ADMIN' | 'LEADER', kind: Actor['kind'] = 'officer'): Actor => ({ kind, id: role, name: role, grants: [], scope: new Map([[role, new Set(['province'])]]) });

describe('workflow policy', () => {
  it('lets an administrator (officer or API client) and the system edit definitions', () => {
    expect(() => authorize(withRole('ADMIN'), 'workflow.edit', 'province-standard-5wd')).not.toThrow();
    expect(() => authorize(withRole('ADMIN', 'client'), 'workflow.edit', 'province-standard-5wd')).not.toThrow();
    expect(() => authorize(systemActor, 'workflow.edit', 'province-standard-5wd')).not.toThrow();
  });

  it('refuses officers without ADMIN', () => {
    expect(() => authorize(withRole('LEADER'), 'workflow.edit', 'province-standard-5wd')).toThrow(ForbiddenError);
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(systemActor, 'workflow.delete' as never, 'x' as never)).toThrow(ForbiddenError);
  });
});
