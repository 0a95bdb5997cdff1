/**
 * Who may add, digitise and read a dossier's files. Deny by default: reading
 * follows the dossier's own visibility; adding files is for the officers who
 * hold the dossier (the receiving desk, the competent agency's handlers) and
 * for the channels that act for the applicant (portal, kiosk) at the receiving
 * agency; digitising is an officer's act, signed with their own certificate.
 * E-results are filed by the signing job, and marked replaced or revoked by
 * the competent agency's leader.
 */
import { ForbiddenError } from '../../platform/errors.ts';
import { t, type MessageKey } from '../../platform/i18n/index.ts';
import type { DossierRow } from '../dossiers/index.ts';
import { definePolicy, hasRoleAt, type Actor, type GrantRole } from '../identity/index.ts';

type Holder = Pick<DossierRow, 'receivingAgencyId' | 'competentAgencyId'>;

const receivingRoles: GrantRole[] = ['DESK_OFFICER', 'POSTAL_AGENT'];
const handlingRoles: GrantRole[] = ['DESK_OFFICER', 'SPECIALIST', 'DEPARTMENT_HEAD', 'LEADER'];
const applicantChannels: GrantRole[] = ['INTEGRATION', 'KIOSK'];
const bookKeepers: GrantRole[] = ['DESK_OFFICER', 'LEADER', 'SUPERVISOR'];

function holdsAny(actor: Actor, roles: GrantRole[], agencyId: string): boolean {
  return roles.some((r) => hasRoleAt(actor, r, agencyId));
}

/** Officers who may digitise (scan, sign and confirm metadata) the dossier's papers. */
function canDigitise(actor: Actor, d: Holder): boolean {
  return actor.kind === 'officer' && (holdsAny(actor, receivingRoles, d.receivingAgencyId) || holdsAny(actor, handlingRoles, d.competentAgencyId));
}

export const authorize = definePolicy({
  /** The officers above, or the applicant's channel at the receiving agency. */
  'file.attach': (actor, d: Holder) => canDigitise(actor, d) || holdsAny(actor, applicantChannels, d.receivingAgencyId),
  'file.digitise': (actor, d: Holder) => canDigitise(actor, d),
  /** The owner's whole warehouse is shown only to the owner's own channel (the portal acting for the signed-in citizen). */
  'warehouse.read': (actor, _owner: { idType: string; id: string }) => actor.kind === 'client' && [...(actor.scope.get('INTEGRATION') ?? [])].length > 0,
  /** Text recognition of scans runs as a job. */
  'scan.read': (actor, _digitisationId: string) => actor.kind === 'system',
  'result.file': (actor, _d: Holder) => actor.kind === 'system',
  'result.mark': (actor, d: Holder) => hasRoleAt(actor, 'LEADER', d.competentAgencyId),
  /** Form 06 is kept by the agency's desk, its leaders and supervisors. */
  'trackingBook.keep': (actor, agencyId: string) => actor.kind === 'officer' && holdsAny(actor, bookKeepers, agencyId),
});

export type DossierPermission = 'file.attach' | 'file.digitise';

/**
 * Whether the file record of the dossier is frozen: once the leader has decided
 * (approved or refused), the components the decision rests on must stay as they
 * were decided on, whoever holds the dossier. Only the signed result is filed
 * after that, by the signing job (`result.file`), which does not pass here.
 * The one exception is a supplement round the agency opens after deciding
 * (possible once a payment sends the dossier back to a processing step): the
 * applicant must be able to answer what was asked.
 */
export function filesFrozen(d: Pick<DossierRow, 'decision' | 'state'>): boolean {
  if (d.state === 'SIGNING' || d.state === 'ISSUING' || d.state === 'RESULT_READY') return true;
  return d.decision !== null && d.state !== 'SUPPLEMENT_REQUESTED';
}

/** A refusal on a dossier's files names what was refused ("Bạn không có quyền đính kèm tệp cho hồ sơ này"). */
export function authorizeOnDossier(actor: Actor, permission: DossierPermission, dossier: Holder, action: MessageKey): void {
  try {
    authorize(actor, permission, dossier);
  } catch (err) {
    if (err instanceof ForbiddenError) throw new ForbiddenError('documents.notPermitted', { action: t('vi', action) });
    throw err;
  }
}

