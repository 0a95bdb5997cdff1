import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../../platform/errors.ts';
import { recordPayment, requestPayment } from './payment-effects.ts';
import { effectContext } from './test-fixtures.ts';

describe('request_payment', () => {
  it('asks for the fee when there is one still to pay', async () => {
    const effect = await requestPayment.run(effectContext({ dossier: { feeTotal: 200_000, paymentState: 'FAILED' } }), { type: 'request_payment' });
    expect(effect.changes).toEqual({ paymentState: 'DUE' });
    expect(effect.record).toEqual({ amount: 200_000 });
  });

  it('is refused with no fee, or once paid or waived', async () => {
    for (const dossier of [{ feeTotal: 0 }, { feeTotal: 200_000, paymentState: 'NOT_REQUIRED' }, { feeTotal: 200_000, paymentState: 'PAID' }, { feeTotal: 200_000, paymentState: 'WAIVED' }]) {
      await expect(requestPayment.run(effectContext({ dossier }), { type: 'request_payment' })).rejects.toMatchObject({ key: 'dossier.paymentNotDue' });
    }
  });
});

describe('record_payment', () => {
  const due = { feeTotal: 200_000, paymentState: 'DUE' };

  it('settles the fee paid in full, or waives it whatever the amount', async () => {
    expect((await recordPayment.run(effectContext({ dossier: due }), { type: 'record_payment', method: 'CASH', amount: 200_000 })).changes).toEqual({ paymentState: 'PAID' });
    const waived = await recordPayment.run(effectContext({ dossier: due }), { type: 'record_payment', method: 'WAIVED', amount: 0 });
    expect(waived.changes).toEqual({ paymentState: 'WAIVED' });
    expect(waived.events).toEqual([{ type: 'dossier.payment_recorded', payload: { state: 'WAIVED', amount: 0 } }]);
  });

  it('refuses another amount than the fee, and a payment nothing is due for', async () => {
    await expect(recordPayment.run(effectContext({ dossier: due }), { type: 'record_payment', method: 'CASH', amount: 100_000 })).rejects.toBeInstanceOf(ValidationError);
    await expect(recordPayment.run(effectContext({ dossier: { feeTotal: 200_000, paymentState: 'PAID' } }), { type: 'record_payment', method: 'CASH', amount: 200_000 })).rejects.toBeInstanceOf(ConflictError);
    await expect(recordPayment.run(effectContext(), { type: 'record_payment', method: 'CASH', amount: 0 })).rejects.toBeInstanceOf(ConflictError);
  });
});
