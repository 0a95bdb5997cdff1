// A supplement request may ask for a paper or for one answer of the declaration (e-form field);
// it may only name what the dossier has, and the completion records exactly which answers changed,
// so the officer sees only what was supplemented (DOMAIN §16.3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dossierRepo from '../../src/modules/dossiers/dossier.repo.ts';
import { act, view } from '../support/dossier-fixtures.ts';
import { DEMO_CLIENT_TOKEN, type TestApp } from '../support/test-app.ts';
import { assertDerivable } from './assert-derivable.ts';
import { at, inAppraisal, refused, staff, startApp } from './drive.ts';

const who = staff['H21.10'];
const reason = 'Hồ sơ cần bổ sung, hoàn thiện';
const askLicenceNumber = { componentCode: 'TP02', fieldKey: undefined, description: 'Bản sao giấy phép đã cấp', reason: 'Bản sao không rõ nét' };
const askAnswer = { fieldKey: 'soGiayPhep', description: 'Số giấy phép đã cấp', reason: 'Số giấy phép không khớp với bản sao' };

describe('supplement items naming answers of the declaration', () => {
  let t: TestApp;
  let specialist: string;
  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00');
    specialist = await t.login(who.specialist);
  });
  afterAll(() => t.close());

  it('refuses items naming a component or an answer the dossier does not have, saying which', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const error = await refused(
      t,
      specialist,
      d.id,
      { type: 'request_supplement', reason, items: [{ componentCode: 'TP99', description: 'Giấy tờ khác', reason: 'Thiếu' }, { fieldKey: 'khongCo', description: 'Mục không có', reason: 'Sai' }] },
      400,
    );
    expect(error.code).toBe('error.validation');
    const details = JSON.stringify(error);
    expect(details).toContain('TP99');
    expect(details).toContain('khongCo');
    expect((await view(t, specialist, d.id)).state).toBe('APPRAISAL');
  });

  it('keeps the asked answer on the round and records the corrected answer as changed', async () => {
    at(t, '2026-03-02 09:00');
    const d = await inAppraisal(t, '1.004230', who);
    const before = await view(t, specialist, d.id);
    at(t, '2026-03-03 10:00');
    await act(t, specialist, d.id, { type: 'request_supplement', reason, items: [askLicenceNumber, askAnswer] });
    const round = (await view(t, specialist, d.id)).supplements[0];
    expect(round.items).toEqual([{ componentCode: 'TP02', description: askLicenceNumber.description, reason: askLicenceNumber.reason }, askAnswer]);

    at(t, '2026-03-04 10:00');
    // an invalid correction is refused as a whole: nothing changes
    await refused(t, DEMO_CLIENT_TOKEN, d.id, { type: 'complete_supplement', componentsProvided: ['TP02'], formData: { soGiayPhep: 'x'.repeat(51) } }, 400);
    expect((await view(t, specialist, d.id)).state).toBe('SUPPLEMENT_REQUESTED');

    const corrected = `${String(before.formData.soGiayPhep)}-SỬA`;
    await act(t, DEMO_CLIENT_TOKEN, d.id, { type: 'complete_supplement', componentsProvided: ['TP02'], formData: { soGiayPhep: corrected, ngayCap: before.formData.ngayCap } });
    const after = await view(t, specialist, d.id);
    expect(after.formData).toEqual({ ...before.formData, soGiayPhep: corrected });
    const completion = (await dossierRepo.listActions(t.app.database.db, d.id)).at(-1)!;
    expect(completion.type).toBe('complete_supplement');
    // the answer sent unchanged (ngayCap) is not reported as changed
    expect(completion.payload).toMatchObject({ componentsProvided: ['TP02'], changedFields: ['soGiayPhep'] });
    await assertDerivable(t, d.id);
  });
});
