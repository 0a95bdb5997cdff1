// Issue 11, item 1: the lockout must hold against parallel attempts. Before the fix the password
// check read the officer row unlocked, so a burst of wrong passwords all saw "not locked yet" and a
// right one sent with them signed in after several "locked" answers. Now each attempt locks the
// row: the 50 answers are those of some serial order, whatever order the database picked. On
// PostgreSQL a request that waits too long for a pooled connection gets 503 (error.databaseUnavailable,
// nothing done); those are left out of the serial-order arithmetic, and can never be a sign-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/modules/identity/seed/demo-officers.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const MINUTE = 60_000;

beforeAll(async () => {
  t = await startTestApp(); // 5 failures lock for 15 minutes
});
afterAll(async () => {
  await t?.close();
});

const attempt = (username: string, password: string) => t.request('POST', '/api/v1/auth/login', { body: { username, password } });

/**
 * 49 wrong passwords and the right one, all sent at once; 503 answers (never run) set apart. The right
 * one is the 8th: among the first requests to get a pooled connection (so it reads the row before any
 * failure commits) but behind seven argon2 verifications in libuv's pool (so it finishes after some of
 * them committed) — the interleaving that signed in before the fix.
 */
const RIGHT = 7;
async function burst(username: string, passwords = Array.from({ length: 50 }, (_, i) => (i === RIGHT ? DEMO_PASSWORD : `sai-mat-khau-${i}`))) {
  const answers = await Promise.all(passwords.map((p) => attempt(username, p)));
  for (const a of answers) if (a.status === 503) expect(a.body.error.code).toBe('error.databaseUnavailable');
  const count = (status: number) => answers.filter((a) => a.status === status).length;
  const unexpected = answers.filter((a) => ![200, 401, 423, 503].includes(a.status)).map((a) => `${a.status} ${JSON.stringify(a.body)}`);
  expect(unexpected).toEqual([]);
  return { ok: count(200), invalid: count(401), locked: count(423), ran: answers.length - count(503) };
}

describe('lockout under 50 parallel attempts', () => {
  it('an account already locked signs nobody in, the right password included, and stays locked', async () => {
    const user = 'giamsat';
    for (let i = 0; i < 5; i++) await attempt(user, 'sai-mat-khau');
    expect((await attempt(user, DEMO_PASSWORD)).status).toBe(423);
    const b = await burst(user);
    expect(b.ok).toBe(0);
    expect(b.invalid).toBe(0);
    expect(b.locked).toBe(b.ran);
    // The right password in the burst did not lift the lock.
    expect((await attempt(user, DEMO_PASSWORD)).status).toBe(423);
    t.clock.advance(15 * MINUTE + 1000);
    expect((await attempt(user, DEMO_PASSWORD)).status).toBe(200);
  }, 180_000);

  it('an account one failure from the lock: the burst behaves as some serial order of its attempts', async () => {
    const user = 'buudien';
    for (let i = 0; i < 4; i++) expect((await attempt(user, 'sai-mat-khau')).status).toBe(401);
    const b = await burst(user);
    // Either a wrong one came first (it locks: everything after is 423, the right one too), or the right
    // one came first (it signs in and clears the count; four wrong then answer 401 and the fifth locks).
    expect(b.ok).toBeLessThanOrEqual(1);
    if (b.ok === 1) {
      const wrong = b.ran - 1;
      expect(b.invalid).toBe(Math.min(4, wrong));
      expect(b.locked).toBe(wrong - Math.min(4, wrong));
    } else {
      expect(b.invalid).toBe(0);
      expect(b.locked).toBe(b.ran);
    }
    // Either way the account ends locked.
    expect((await attempt(user, DEMO_PASSWORD)).status).toBe(423);
  }, 180_000);

  it('50 wrong passwords at once to a fresh account: exactly four 401 answers before the lock', async () => {
    const user = 'motcua.tinh';
    const b = await burst(user, Array.from({ length: 50 }, (_, i) => `sai-${i}`));
    expect(b.ran).toBeGreaterThanOrEqual(5);
    expect(b.invalid).toBe(4);
    expect(b.locked).toBe(b.ran - 4);
    expect((await attempt(user, DEMO_PASSWORD)).status).toBe(423);
  }, 180_000);
});
