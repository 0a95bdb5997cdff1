/**
 * Who may change an e-result once it is issued: only a leader of the dossier's
 * competent agency replaces or revokes it (Decree 61 Art. 21), and only the
 * signing job records the agency's signature. Deny by default.
 */
import { definePolicy, hasRoleAt } from '../identity/index.ts';
import type { DossierRow } from '../dossiers/index.ts';

export const authorize = definePolicy({
  'result.replace': (actor, dossier: Pick<DossierRow, 'competentAgencyId'>) => hasRoleAt(actor, 'LEADER', dossier.competentAgencyId),
  'result.revoke': (actor, dossier: Pick<DossierRow, 'competentAgencyId'>) => hasRoleAt(actor, 'LEADER', dossier.competentAgencyId),
  'result.sign': (actor, _dossier: Pick<DossierRow, 'id'>) => actor.kind === 'system',
});
