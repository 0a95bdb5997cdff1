import { describe, expect, it } from 'vitest';
import type { Actor, GrantRole } from '../identity/index.ts';
import { authorize } from './operations.policy.ts';

const actor = (...roles: GrantRole[]): Actor => ({ kind: 'officer', id: 'o', name: 'o', grants: [], scope: new Map(roles.map((r) => [r, new Set(['agency-1'])])) });
const allowed = (a: Actor, permission: 'health.details' | 'metrics.read' | 'jobs.read') => {
  try {
    authorize(a, permission, permission === 'jobs.read' ? 'dead' : null);
    return true;
  } catch {
    return false;
  }
};

describe('operations policy', () => {
  it('health details: operators and administrators; metrics: operators only; dead jobs: administrators only', () => {
    expect([allowed(actor('OPERATOR'), 'health.details'), allowed(actor('ADMIN'), 'health.details'), allowed(actor('SUPERVISOR'), 'health.details')]).toEqual([true, true, false]);
    expect([allowed(actor('OPERATOR'), 'metrics.read'), allowed(actor('ADMIN'), 'metrics.read'), allowed(actor('DESK_OFFICER', 'LEADER'), 'metrics.read')]).toEqual([true, false, false]);
    expect([allowed(actor('OPERATOR'), 'jobs.read'), allowed(actor('ADMIN'), 'jobs.read')]).toEqual([false, true]);
  });

  it('denies a role whose scope is empty and a caller with no roles', () => {
    expect(allowed({ ...actor(), scope: new Map([['OPERATOR', new Set()]]) }, 'metrics.read')).toBe(false);
    expect(allowed(actor(), 'health.details')).toBe(false);
  });
});
