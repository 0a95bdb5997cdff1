import { describe, expect, it } from 'vitest';
import { approve, issueResult, refuse, sign } from './decision-effects.ts';
import { effectContext } from './test-fixtures.ts';

describe('the decision, the signature and the issue', () => {
  it('approval and refusal set the decision the results are made from; a refusal keeps its reason', async () => {
    expect(await approve.run(effectContext(), { type: 'approve' })).toEqual({ changes: { decision: 'APPROVED' }, events: [{ type: 'dossier.approved', payload: {} }] });
    const refused = await refuse.run(effectContext(), { type: 'refuse', reason: 'Không đủ điều kiện' });
    expect(refused.changes).toEqual({ decision: 'REFUSED' });
    expect(refused.reason).toBe('Không đủ điều kiện');
  });

  it('the signature is announced; the issue records the document number when there is one', async () => {
    expect((await sign.run(effectContext(), { type: 'sign' })).events).toEqual([{ type: 'dossier.signed', payload: {} }]);
    expect((await issueResult.run(effectContext(), { type: 'issue_result', documentNumber: '12/QĐ-STP' })).record).toEqual({ documentNumber: '12/QĐ-STP' });
    expect((await issueResult.run(effectContext(), { type: 'issue_result' })).record).toEqual({});
  });
});
