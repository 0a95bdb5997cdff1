/**
 * Internal business state → DVCQG `TrangThaiHoSo` (DOMAIN §4.10). Whether a
 * refusal after appraisal is reported as 9 (with a refusal result) or 8 is
 * unconfirmed, so it follows MOTCUA_REFUSAL_SYNC_STATUS.
 */
import type { BusinessState } from '../workflow/index.ts';

const table: Record<BusinessState, number> = {
  SUBMITTED: 1,
  INTAKE_SUPPLEMENT: 5,
  RECEIVED: 2,
  REJECTED_AT_INTAKE: 3,
  ASSIGNED: 4,
  APPRAISAL: 4,
  VERIFICATION: 4,
  CONSULTATION: 4,
  INTERAGENCY: 4,
  AWAITING_APPROVAL: 4,
  SIGNING: 4,
  ISSUING: 4,
  SUPPLEMENT_REQUESTED: 5,
  AWAITING_PAYMENT: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  RESULT_READY: 9,
  RETURNED: 10,
};

export function nationalStatus(state: BusinessState, decision: string | null, refusalStatus: 8 | 9): number {
  if (state === 'RESULT_READY' && decision === 'REFUSED') return refusalStatus;
  return table[state];
}
