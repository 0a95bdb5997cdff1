// Who may change an issued e-result: a leader of the dossier's competent agency; only the signing job records signatures.
import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../../platform/errors.ts';
import { systemActor, type Actor, type GrantRole } from '../identity/index.ts';
import { authorize } from './signing.policy.ts';

const withRole = (role: GrantRole, agencies: string[]): Actor => ({ kind: 'officer', id: role, name: role, grants: [], scope: new Map([[role, new Set(agencies)]]) });
const dossier = { id: 'd1', competentAgencyId: 'competent' };

describe('signing policy', () => {
  it('lets a leader of the competent agency replace or revoke a result', () => {
    expect(() => authorize(withRole('LEADER', ['competent']), 'result.replace', dossier)).not.toThrow();
    expect(() => authorize(withRole('LEADER', ['competent']), 'result.revoke', dossier)).not.toThrow();
  });

  it('refuses leaders elsewhere and other roles at the competent agency', () => {
    expect(() => authorize(withRole('LEADER', ['other']), 'result.revoke', dossier)).toThrow(ForbiddenError);
    expect(() => authorize(withRole('SPECIALIST', ['competent']), 'result.replace', dossier)).toThrow(ForbiddenError);
    expect(() => authorize(systemActor, 'result.revoke', dossier)).toThrow(ForbiddenError);
  });

  it('records signatures for the system actor only', () => {
    expect(() => authorize(systemActor, 'result.sign', dossier)).not.toThrow();
    expect(() => authorize(withRole('LEADER', ['competent']), 'result.sign', dossier)).toThrow(ForbiddenError);
  });

  it('refuses a permission it does not know', () => {
    expect(() => authorize(withRole('LEADER', ['competent']), 'result.delete' as never, dossier as never)).toThrow(ForbiddenError);
  });
});
