/**
 * Fees at the desk. Payment state is its own dimension (DOMAIN §4.10): a demand
 * makes it DUE; a recorded payment of the full amount makes it PAID, or WAIVED
 * when exempted. Online payment through gateways arrives in its own module.
 */
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import type { EffectHandler } from './effect.ts';

export const requestPayment: EffectHandler<'request_payment'> = {
  async run(ctx) {
    const settled = ['NOT_REQUIRED', 'PAID', 'WAIVED'].includes(ctx.dossier.paymentState);
    if (ctx.dossier.feeTotal === 0 || settled) throw new ConflictError('dossier.paymentNotDue');
    return { changes: { paymentState: 'DUE' }, record: { amount: ctx.dossier.feeTotal }, events: [{ type: 'dossier.payment_requested', payload: { amount: ctx.dossier.feeTotal } }] };
  },
};

export const recordPayment: EffectHandler<'record_payment'> = {
  async run(ctx, input) {
    if (ctx.dossier.paymentState === 'NOT_REQUIRED' || ctx.dossier.paymentState === 'PAID' || ctx.dossier.paymentState === 'WAIVED') {
      throw new ConflictError('dossier.paymentNotDue');
    }
    if (input.method !== 'WAIVED' && input.amount !== ctx.dossier.feeTotal) {
      throw new ValidationError([{ path: ['amount'], key: 'validation.enum', params: { values: String(ctx.dossier.feeTotal) } }]);
    }
    const state = input.method === 'WAIVED' ? 'WAIVED' : 'PAID';
    return {
      changes: { paymentState: state },
      record: { method: input.method, amount: input.amount, reference: input.reference ?? null },
      events: [{ type: 'dossier.payment_recorded', payload: { state, amount: input.amount } }],
    };
  },
};
