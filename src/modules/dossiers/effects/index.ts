/** Every action type's effect handler, by type. */
import { approve, issueResult, refuse, sign } from './decision-effects.ts';
import { extend, returnResult, stop, withdraw } from './closing-effects.ts';
import { consult, replyConsultation } from './consultation-effects.ts';
import type { EffectRegistry } from './effect.ts';
import { completeIntakeSupplement, receive, rejectIntake, requestIntakeSupplement } from './intake-effects.ts';
import { completeTask, startInteragency } from './interagency-effects.ts';
import { recordPayment, requestPayment } from './payment-effects.ts';
import { assign, forward, transfer } from './routing-effects.ts';
import { completeSupplementAction, requestSupplement } from './supplement-effects.ts';

export const effects: EffectRegistry = {
  receive,
  request_intake_supplement: requestIntakeSupplement,
  complete_intake_supplement: completeIntakeSupplement,
  reject_intake: rejectIntake,
  transfer,
  assign,
  forward,
  request_supplement: requestSupplement,
  complete_supplement: completeSupplementAction,
  consult,
  reply_consultation: replyConsultation,
  start_interagency: startInteragency,
  complete_task: completeTask,
  approve,
  refuse,
  sign,
  issue_result: issueResult,
  request_payment: requestPayment,
  record_payment: recordPayment,
  return_result: returnResult,
  extend,
  stop,
  withdraw,
};

export type { DossierRecords, Effect, EffectContext, EffectHandler } from './effect.ts';
