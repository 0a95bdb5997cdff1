// Who may change accounts: administrators inside their ADMIN subtree, the system for the CLI and demo data, an officer for their own settings.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from './actor.ts';
import { authorize, authorizeOrHide, permits } from './identity.policy.ts';

const actor = (id: string, grants: [GrantRole, string[]][] = [], kind: Actor['kind'] = 'officer'): Actor => ({
  kind,
  id,
  name: id,
  grants: [],
  scope: new Map(grants.map(([role, agencies]) => [role, new Set(agencies)])),
});

const admin = actor('admin', [['ADMIN', ['province', 'dept']]]);
const wardAdmin = actor('ward-admin', [['ADMIN', ['ward']]]);
const specialist = actor('specialist', [['SPECIALIST', ['dept']]]);
const deptOfficer = { id: 'officer-1', grantAgencyIds: ['dept'] };

describe('identity policy', () => {
  it('lets an administrator create accounts with grants inside their subtree only; the system anywhere', () => {
    expect(() => authorize(admin, 'officer.create', ['dept'])).not.toThrow();
    expect(() => authorize(admin, 'api_client.create', ['province', 'dept'])).not.toThrow();
    expect(() => authorize(wardAdmin, 'officer.create', ['dept'])).toThrow(ForbiddenError);
    expect(() => authorize(specialist, 'officer.create', ['dept'])).toThrow(ForbiddenError);
    expect(() => authorize({ ...systemActor, id: 'cli' }, 'officer.create', ['anywhere'])).not.toThrow();
  });

  it('hides an officer outside the administrator’s agencies (404) and refuses a grant at an agency outside them (403)', () => {
    expect(permits(admin, 'officer.view', deptOfficer)).toBe(true);
    expect(permits(wardAdmin, 'officer.view', deptOfficer)).toBe(false);
    expect(() => authorizeOrHide(wardAdmin, 'officer.view', deptOfficer)).toThrow(NotFoundError);
    expect(() => authorize(admin, 'officer.grant', { officer: deptOfficer, agencyId: 'dept' })).not.toThrow();
    expect(() => authorize(admin, 'officer.grant', { officer: deptOfficer, agencyId: 'ward' })).toThrow(ForbiddenError);
    expect(() => authorize(admin, 'officer.revoke', { officer: deptOfficer, grantAgencyId: 'ward' })).toThrow(ForbiddenError);
  });

  it('never lets an administrator deactivate or reset their own account', () => {
    const self = { id: 'admin', grantAgencyIds: ['province'] };
    expect(() => authorize(admin, 'officer.set_active', { officer: deptOfficer, active: false })).not.toThrow();
    expect(() => authorize(admin, 'officer.set_active', { officer: self, active: true })).not.toThrow();
    expect(() => authorizeOrHide(admin, 'officer.set_active', { officer: self, active: false })).toThrow(NotFoundError);
    expect(() => authorize(admin, 'officer.totp_reset', deptOfficer)).not.toThrow();
    expect(() => authorizeOrHide(admin, 'officer.totp_reset', self)).toThrow(NotFoundError);
  });

  it('lets an officer change only their own second factor; sign-in is checked by the system for nobody yet', () => {
    expect(() => authorize(specialist, 'officer.own', 'specialist')).not.toThrow();
    expect(() => authorize(specialist, 'officer.own', 'admin')).toThrow(ForbiddenError);
    expect(() => authorize(actor('client-1', [], 'client'), 'officer.own', 'client-1')).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'officer.sign_in', null)).not.toThrow();
    expect(() => authorize(specialist, 'officer.sign_in', null)).toThrow(ForbiddenError);
    expect(() => authorize(actor('client-1', [], 'client'), 'token.revoke', null)).not.toThrow();
    expect(() => authorize(systemActor, 'token.revoke', null)).toThrow(ForbiddenError);
  });

  it('refuses a permission it does not know, even to the system', () => {
    expect(() => authorize(systemActor, 'officer.delete' as never, null as never)).toThrow(ForbiddenError);
    expect(() => authorize(admin, 'toString' as never, null as never)).toThrow(ForbiddenError);
  });
});
