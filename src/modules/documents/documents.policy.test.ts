// Who may add, digitise and file a dossier's documents, read an owner's warehouse and keep the tracking book.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from '../identity/index.ts';
import { authorize, authorizeOnDossier, filesFrozen } from './documents.policy.ts';

const actor = (kind: Actor['kind'], role: GrantRole, agencies: string[]): Actor => ({ kind, id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });
const dossier = { receivingAgencyId: 'desk', competentAgencyId: 'competent' };
const owner = { idType: 'PERSONAL_ID', id: '001203004567' };

describe('documents policy', () => {
  it('lets the receiving desk and the competent handlers attach and digitise', () => {
    expect(() => authorize(actor('officer', 'DESK_OFFICER', ['desk']), 'file.digitise', dossier)).not.toThrow();
    expect(() => authorize(actor('officer', 'SPECIALIST', ['competent']), 'file.attach', dossier)).not.toThrow();
    expect(() => authorize(actor('officer', 'SPECIALIST', ['desk']), 'file.attach', dossier)).toThrow(ForbiddenError);
  });

  it("lets the applicant's channel attach at the receiving agency, but never digitise", () => {
    const portal = actor('client', 'INTEGRATION', ['desk']);
    expect(() => authorize(portal, 'file.attach', dossier)).not.toThrow();
    expect(() => authorize(portal, 'file.digitise', dossier)).toThrow(ForbiddenError);
  });

  it('freezes the files once the dossier is decided, except for a supplement round opened afterwards', () => {
    expect(filesFrozen({ decision: null, state: 'APPRAISAL' })).toBe(false);
    expect(filesFrozen({ decision: null, state: 'AWAITING_APPROVAL' })).toBe(false);
    expect(filesFrozen({ decision: 'APPROVED', state: 'SIGNING' })).toBe(true);
    expect(filesFrozen({ decision: 'REFUSED', state: 'RESULT_READY' })).toBe(true);
    expect(filesFrozen({ decision: 'APPROVED', state: 'AWAITING_PAYMENT' })).toBe(true);
    expect(filesFrozen({ decision: 'APPROVED', state: 'SUPPLEMENT_REQUESTED' })).toBe(false);
  });

  it('names the refused act on a dossier', () => {
    expect(() => authorizeOnDossier(actor('officer', 'SPECIALIST', ['other']), 'file.attach', dossier, 'documents.action.attach')).toThrow(
      expect.objectContaining({ status: 403, key: 'documents.notPermitted' }),
    );
  });

  it("shows an owner's whole warehouse to the portal channel only", () => {
    expect(() => authorize(actor('client', 'INTEGRATION', ['desk']), 'warehouse.read', owner)).not.toThrow();
    expect(() => authorize(actor('officer', 'DESK_OFFICER', ['desk']), 'warehouse.read', owner)).toThrow(ForbiddenError);
  });

  it('files e-results for the system only, and marks them for a leader of the competent agency', () => {
    expect(() => authorize(systemActor, 'result.file', dossier)).not.toThrow();
    expect(() => authorize(actor('officer', 'LEADER', ['competent']), 'result.file', dossier)).toThrow(ForbiddenError);
    expect(() => authorize(actor('officer', 'LEADER', ['competent']), 'result.mark', dossier)).not.toThrow();
    expect(() => authorize(actor('officer', 'LEADER', ['desk']), 'result.mark', dossier)).toThrow(ForbiddenError);
  });

  it("keeps the tracking book for the agency's desk, leaders and supervisors", () => {
    expect(() => authorize(actor('officer', 'SUPERVISOR', ['desk']), 'trackingBook.keep', 'desk')).not.toThrow();
    expect(() => authorize(actor('officer', 'SPECIALIST', ['desk']), 'trackingBook.keep', 'desk')).toThrow(ForbiddenError);
    expect(() => authorize(actor('client', 'DESK_OFFICER', ['desk']), 'trackingBook.keep', 'desk')).toThrow(ForbiddenError);
  });
});
