import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import type { AgencySnapshot, Desk } from '../agencies/index.ts';
import { authorize, canSee, canSubmit, deskOf, listScope, matchRole, ownsDossier } from './dossier.policy.ts';
import { actorWith, AGENCIES } from './effects/test-fixtures.ts';

const DESK: Desk = { id: 'desk-1', code: 'MC01', name: 'Bộ phận một cửa', agencyId: AGENCIES.desk.id } as Desk;
/** Every agency is received at the one desk, as at a provincial service centre. */
const directory = { defaultDeskFor: (agencyId: string) => (agencyId === AGENCIES.ministry.id ? undefined : DESK) } as unknown as AgencySnapshot;

describe('seeing a dossier', () => {
  it('is for actors with a role at one of its agencies; nobody else', () => {
    const dossier = { agencyIds: [AGENCIES.desk.id, AGENCIES.competent.id] };
    expect(canSee(actorWith('a', [['SPECIALIST', AGENCIES.competent.id]]), dossier)).toBe(true);
    expect(canSee(actorWith('b', [['SPECIALIST', AGENCIES.other.id]]), dossier)).toBe(false);
    expect(canSee(actorWith('c'), dossier)).toBe(false);
  });

  it('is never for an administrator through the ADMIN grant (ADR 0008), in a check or in a list', () => {
    const dossier = { agencyIds: [AGENCIES.desk.id, AGENCIES.competent.id] };
    const admin = actorWith('admin', [['ADMIN', AGENCIES.competent.id], ['ADMIN', AGENCIES.desk.id]]);
    expect(canSee(admin, dossier)).toBe(false);
    expect(listScope(admin)).toEqual({ visibleAgencyIds: [], queue: [] });
    // The same officer reads through another grant, and only there.
    const adminAndSpecialist = actorWith('both', [['ADMIN', AGENCIES.desk.id], ['SPECIALIST', AGENCIES.competent.id]]);
    expect(canSee(adminAndSpecialist, dossier)).toBe(true);
    expect(listScope(adminAndSpecialist).visibleAgencyIds).toEqual([AGENCIES.competent.id]);
    expect(canSee(actorWith('s', [['SUPERVISOR', AGENCIES.desk.id]]), dossier)).toBe(true);
  });

  it('on the portal, is for its owner as the person acts now', () => {
    const dossier = { ownerIdType: 'TAX_CODE', ownerId: '0101234567' };
    expect(ownsDossier({ ownerIdType: 'TAX_CODE', ownerId: '0101234567' }, dossier)).toBe(true);
    expect(ownsDossier({ ownerIdType: 'PERSONAL_ID', ownerId: '0101234567' }, dossier)).toBe(false);
  });
});

describe('acting on a dossier', () => {
  it('needs the step’s role at the step’s agency; postal staff stand in for the desk', () => {
    const postal = actorWith('p', [['POSTAL_AGENT', AGENCIES.desk.id]]);
    expect(matchRole(postal, ['DESK_OFFICER'], AGENCIES.desk.id, AGENCIES.desk.id)).toEqual({ role: 'DESK_OFFICER', onBehalfOfApplicant: false });
    expect(matchRole(postal, ['DESK_OFFICER'], AGENCIES.competent.id, AGENCIES.desk.id)).toBeNull();
    expect(matchRole(actorWith('s', [['SPECIALIST', AGENCIES.competent.id]]), ['LEADER'], AGENCIES.competent.id, AGENCIES.desk.id)).toBeNull();
  });

  it('lets the receiving desk or an integration take an applicant’s step on their behalf', () => {
    const desk = actorWith('d', [['DESK_OFFICER', AGENCIES.desk.id]]);
    expect(matchRole(desk, ['APPLICANT'], AGENCIES.competent.id, AGENCIES.desk.id)).toEqual({ role: 'APPLICANT', onBehalfOfApplicant: true });
    expect(matchRole(actorWith('s', [['SPECIALIST', AGENCIES.desk.id]]), ['APPLICANT'], AGENCIES.desk.id, AGENCIES.desk.id)).toBeNull();
  });

  it('registers by channel: a portal dossier only through an integration', () => {
    expect(canSubmit(actorWith('d', [['DESK_OFFICER', AGENCIES.desk.id]]), 'DESK', AGENCIES.desk.id)).toBe(true);
    expect(canSubmit(actorWith('d', [['DESK_OFFICER', AGENCIES.desk.id]]), 'PORTAL', AGENCIES.desk.id)).toBe(false);
    expect(canSubmit(actorWith('i', [['INTEGRATION', AGENCIES.desk.id]]), 'PORTAL', AGENCIES.desk.id)).toBe(true);
  });

  it('lists a work queue per role, postal staff in the desk’s, supervisors and administrators in none', () => {
    const scope = listScope(actorWith('x', [['POSTAL_AGENT', AGENCIES.desk.id], ['SUPERVISOR', AGENCIES.competent.id]]));
    expect(scope.queue).toEqual([{ role: 'DESK_OFFICER', agencyIds: [AGENCIES.desk.id] }]);
    expect(scope.visibleAgencyIds.sort()).toEqual([AGENCIES.desk.id, AGENCIES.competent.id].sort());
  });
});

describe('desk intake', () => {
  const officer = actorWith('officer-1', [['DESK_OFFICER', AGENCIES.competent.id]]);

  it('an officer with a desk role works the desk their agency is received at', () => {
    expect(deskOf(officer, directory)).toBe(DESK);
    expect(deskOf(actorWith('s', [['SPECIALIST', AGENCIES.competent.id]]), directory)).toBeUndefined();
    expect(deskOf(actorWith('m', [['DESK_OFFICER', AGENCIES.ministry.id]]), directory)).toBeUndefined();
  });

  it('opens intakes only at that desk, and continues only their own', () => {
    expect(() => authorize(officer, 'deskIntake.start', { deskId: DESK.id, agencies: directory })).not.toThrow();
    expect(() => authorize(officer, 'deskIntake.start', { deskId: 'desk-2', agencies: directory })).toThrow(ForbiddenError);
    expect(() => authorize(actorWith('s', [['SPECIALIST', AGENCIES.competent.id]]), 'deskIntake.start', { deskId: DESK.id, agencies: directory })).toThrow(ForbiddenError);
    expect(() => authorize(officer, 'deskIntake.continue', { officerId: 'officer-1' })).not.toThrow();
    expect(() => authorize(officer, 'deskIntake.continue', { officerId: 'officer-2' })).toThrow(ForbiddenError);
  });

  it('refuses a permission no rule states', () => {
    expect(() => (authorize as (a: unknown, p: string, t: unknown) => void)(officer, 'deskIntake.delete', {})).toThrow(ForbiddenError);
  });
});
