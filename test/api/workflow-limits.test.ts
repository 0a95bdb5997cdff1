/**
 * A workflow's step budgets must fit the procedure's legal time limit, counted
 * on the calendar's real working day (7.5 hours in the demo province). The
 * check once received the working day in milliseconds as if it were minutes,
 * so a limit of one working day looked like 45,000 days and nothing ever
 * exceeded it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/modules/workflow/index.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('quantri');
});
afterAll(() => t.close());

const validate = (minutes: number, limit: { amount: number; unit: string }) =>
  t.request<{ valid: boolean; issues: { path: string; message: string }[] }>('POST', '/api/v1/admin/workflows/validate', {
    token: admin,
    body: { definition: buildTemplate('commune-standard', { minutes, tag: 'x' }), legalLimit: limit },
  });

describe('step budgets against the legal limit', () => {
  it('accepts budgets that fit one working day of 7.5 hours', async () => {
    const res = await validate(450, { amount: 1, unit: 'WORKING_DAY' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ valid: true, issues: [] });
  });

  it('refuses budgets worth two working days against a one-day limit, naming the limit', async () => {
    const res = await validate(900, { amount: 1, unit: 'WORKING_DAY' });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.issues.map((i) => i.message).join(' ')).toMatch(/1 ngày làm việc/);
  });
});
