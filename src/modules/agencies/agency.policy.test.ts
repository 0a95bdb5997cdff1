// Who may change the agency tree: an administrator inside their ADMIN subtree; the demo tree only the system.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor } from '../identity/index.ts';
import type { Agency } from './agency-directory.ts';
import { authorize, permits } from './agency.policy.ts';

const admin = (id: string, agencies: string[]): Actor => ({ kind: 'officer', id, name: id, grants: [], scope: new Map([['ADMIN', new Set(agencies)]]) });
const agency = (id: string) => ({ id, code: id.toUpperCase() }) as Agency;
const specialist: Actor = { kind: 'officer', id: 's', name: 's', grants: [], scope: new Map([['SPECIALIST', new Set(['dept'])]]) };

describe('agency policy', () => {
  it('lets an administrator edit, add desks to and add children under their own agencies', () => {
    const a = admin('a', ['dept']);
    for (const p of ['agency.edit', 'agency.create', 'desk.create'] as const) expect(() => authorize(a, p, agency('dept'))).not.toThrow();
    expect(permits(a, 'agency.edit', agency('dept'))).toBe(true);
  });

  it('refuses agencies outside the subtree, officers without ADMIN, and seeding by anyone but the system', () => {
    expect(() => authorize(admin('a', ['ward']), 'agency.edit', agency('dept'))).toThrow(ForbiddenError);
    expect(permits(admin('a', ['ward']), 'agency.create', agency('dept'))).toBe(false);
    expect(() => authorize(specialist, 'desk.create', agency('dept'))).toThrow(ForbiddenError);
    expect(() => authorize(admin('a', ['dept']), 'agencies.seed', null)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'agencies.seed', null)).not.toThrow();
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(systemActor, 'agency.delete' as never, null as never)).toThrow(ForbiddenError);
    expect(permits(admin('a', ['dept']), 'agency.delete' as never, agency('dept') as never)).toBe(false);
  });
});
