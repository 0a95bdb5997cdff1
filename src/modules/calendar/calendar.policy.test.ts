// Who may change the working calendar: an administrator of any agency; the demo calendar only the system.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor } from '../identity/index.ts';
import { authorize } from './calendar.policy.ts';

const withRole = (role: 'ADMIN' | 'LEADER', agencies: string[]): Actor => ({ kind: 'officer', id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });

describe('calendar policy', () => {
  it('lets an administrator of any agency edit the calendar', () => {
    expect(() => authorize(withRole('ADMIN', ['ward']), 'calendar.edit', 'VN')).not.toThrow();
  });

  it('refuses officers without ADMIN, and seeding by anyone but the system', () => {
    expect(() => authorize(withRole('LEADER', ['province']), 'calendar.edit', 'VN')).toThrow(ForbiddenError);
    expect(() => authorize(withRole('ADMIN', []), 'calendar.edit', 'VN')).toThrow(ForbiddenError);
    expect(() => authorize(withRole('ADMIN', ['province']), 'calendar.seed', null)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'calendar.seed', null)).not.toThrow();
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(withRole('ADMIN', ['province']), 'calendar.delete' as never, 'VN' as never)).toThrow(ForbiddenError);
  });
});
