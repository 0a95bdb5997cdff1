/**
 * Who may add, digitise and read a dossier's files. Deny by default: reading
 * follows the dossier's own visibility; adding files is for the officers who
 * hold the dossier (the receiving desk, the competent agency's handlers) and
 * for the channels that act for the applicant (portal, kiosk) at the receiving
 * agency; digitising is an officer's act, signed with their own certificate.
 */
import type { Actor, GrantRole } from '../identity/index.ts';
import { hasRoleAt } from '../identity/index.ts';
import type { DossierRow } from '../dossiers/dossier.repo.ts';

type Holder = Pick<DossierRow, 'receivingAgencyId' | 'competentAgencyId'>;

const receivingRoles: GrantRole[] = ['DESK_OFFICER', 'POSTAL_AGENT'];
const handlingRoles: GrantRole[] = ['DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER'];
const applicantChannels: GrantRole[] = ['INTEGRATION', 'KIOSK'];

function holdsAny(actor: Actor, roles: GrantRole[], agencyId: string): boolean {
  return roles.some((r) => hasRoleAt(actor, r, agencyId));
}

/** Officers who may digitise (scan, sign and confirm metadata) the dossier's papers. */
export function canDigitise(actor: Actor, d: Holder): boolean {
  return actor.kind === 'officer' && (holdsAny(actor, receivingRoles, d.receivingAgencyId) || holdsAny(actor, handlingRoles, d.competentAgencyId));
}

/** Anyone who may attach a file: the officers above, or the applicant's channel at the receiving agency. */
export function canAttachFiles(actor: Actor, d: Holder): boolean {
  return canDigitise(actor, d) || holdsAny(actor, applicantChannels, d.receivingAgencyId);
}

/** The owner's whole warehouse is shown only to the owner's own channel (the portal acting for the signed-in citizen). */
export function canReadWarehouse(actor: Actor): boolean {
  return actor.kind === 'client' && [...(actor.scope.get('INTEGRATION') ?? [])].length > 0;
}
