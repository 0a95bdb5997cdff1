/** The leader's decision, the signature and the issue of the result. */
import type { EffectHandler } from './effect.ts';

export const approve: EffectHandler<'approve'> = {
  async run() {
    return { changes: { decision: 'APPROVED' }, events: [{ type: 'dossier.approved', payload: {} }] };
  },
};

export const refuse: EffectHandler<'refuse'> = {
  async run(_ctx, input) {
    return { changes: { decision: 'REFUSED' }, reason: input.reason, events: [{ type: 'dossier.refused', payload: {} }] };
  },
};

export const sign: EffectHandler<'sign'> = {
  async run() {
    return { events: [{ type: 'dossier.signed', payload: {} }] };
  },
};

export const issueResult: EffectHandler<'issue_result'> = {
  async run(_ctx, input) {
    return { record: input.documentNumber ? { documentNumber: input.documentNumber } : {} };
  },
};
