/**
 * What each action type may do: from which business states it can be taken and
 * to which it may lead. This table is the law of the lifecycle (DOMAIN §4);
 * definitions only choose among these moves, so a definition can never invent a
 * transition the law does not know.
 */
import type { ActionType, BusinessState } from './workflow.schemas.ts';

export const processingStates: readonly BusinessState[] = [
  'RECEIVED',
  'ASSIGNED',
  'APPRAISAL',
  'VERIFICATION',
  'CONSULTATION',
  'INTERAGENCY',
  'AWAITING_APPROVAL',
  'SIGNING',
  'ISSUING',
];

export const waitingStates: readonly BusinessState[] = ['SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT'];

export const terminalStates: readonly BusinessState[] = ['RETURNED', 'WITHDRAWN', 'STOPPED', 'REJECTED_AT_INTAKE'];

const P = processingStates;
const handled = [...P].filter((s) => s !== 'RECEIVED');

export interface ActionSpec {
  from: readonly BusinessState[];
  /** States the target step may have; empty = the action never changes step. */
  to: readonly BusinessState[];
  /** The action may (instead of `to`) return to the step the dossier waited from. */
  mayReturnToOrigin?: boolean;
  /** Whether a step change is required (true) or forbidden (false) when taken from `from`. */
  moves: boolean | ((from: BusinessState) => boolean);
}

export const actionSpecs: Record<ActionType, ActionSpec> = {
  receive: { from: ['SUBMITTED'], to: P, moves: true },
  request_intake_supplement: { from: ['SUBMITTED'], to: ['INTAKE_SUPPLEMENT'], moves: true },
  complete_intake_supplement: { from: ['INTAKE_SUPPLEMENT'], to: ['SUBMITTED'], moves: true },
  reject_intake: { from: ['SUBMITTED', 'INTAKE_SUPPLEMENT'], to: ['REJECTED_AT_INTAKE'], moves: true },
  transfer: { from: ['RECEIVED'], to: handled, moves: true },
  assign: { from: P, to: handled, moves: true },
  forward: { from: P, to: handled, moves: true },
  request_supplement: { from: handled, to: ['SUPPLEMENT_REQUESTED'], moves: true },
  complete_supplement: { from: ['SUPPLEMENT_REQUESTED'], to: P, mayReturnToOrigin: true, moves: true },
  consult: { from: handled, to: [], moves: false },
  reply_consultation: { from: P, to: [], moves: false },
  start_interagency: { from: handled, to: ['INTERAGENCY'], moves: true },
  complete_task: { from: ['INTERAGENCY'], to: [], moves: false },
  approve: { from: ['AWAITING_APPROVAL'], to: ['SIGNING', 'ISSUING', 'RESULT_READY', 'AWAITING_PAYMENT'], moves: true },
  refuse: { from: ['AWAITING_APPROVAL'], to: ['SIGNING', 'ISSUING', 'RESULT_READY'], moves: true },
  sign: { from: ['SIGNING'], to: ['ISSUING', 'RESULT_READY'], moves: true },
  issue_result: { from: ['ISSUING'], to: ['RESULT_READY'], moves: true },
  request_payment: { from: handled, to: ['AWAITING_PAYMENT'], moves: true },
  record_payment: {
    from: [...P, 'AWAITING_PAYMENT', 'RESULT_READY'],
    to: P,
    mayReturnToOrigin: true,
    moves: (from) => from === 'AWAITING_PAYMENT',
  },
  return_result: { from: ['RESULT_READY'], to: ['RETURNED'], moves: true },
  extend: { from: handled, to: [], moves: false },
  stop: { from: [...P, ...waitingStates], to: ['STOPPED'], moves: true },
  withdraw: { from: ['SUBMITTED', 'INTAKE_SUPPLEMENT', ...P, ...waitingStates], to: ['WITHDRAWN'], moves: true },
};

export function movesFrom(type: ActionType, from: BusinessState): boolean {
  const m = actionSpecs[type].moves;
  return typeof m === 'function' ? m(from) : m;
}

/** Whether a dossier in this state is still open (not finished for good). */
export function isOpenState(state: BusinessState): boolean {
  return !terminalStates.includes(state);
}

/** Whether processing has ended (the "end of processing" instant for timeliness, DOMAIN §5.5). */
export function endsProcessing(state: BusinessState): boolean {
  return state === 'RESULT_READY' || state === 'RETURNED' || state === 'STOPPED' || state === 'WITHDRAWN' || state === 'REJECTED_AT_INTAKE';
}
