// Helpers of the dossier page tests: sign an officer in, read an action form's hidden fields, post it.
import { expect } from 'vitest';
import { view } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

/** The hidden fields of the action form `actionId` on a page, as posted by a browser. */
export function formOf(page: string, actionId: string): Record<string, string> {
  const start = page.indexOf(`name="_action" value="${actionId}"`);
  expect(start, `form ${actionId} on the page`).toBeGreaterThan(-1);
  const form = page.slice(page.lastIndexOf('<form', start), page.indexOf('</form>', start));
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) out[m[1]!] = m[2]!;
  return out;
}

export async function officer(t: TestApp, username: string): Promise<WebClient> {
  const c = webClient(t);
  await signInOfficer(t, c, username);
  return c;
}

/** Opens the page and posts the action form with the given fields (named without the action prefix). */
export async function act(c: WebClient, id: string, actionId: string, fields: Record<string, string> = {}) {
  const page = await c.get(`/can-bo/ho-so/${id}`);
  expect(page.status, page.body.slice(0, 500)).toBe(200);
  const prefixed = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${actionId}.${k}`, v]));
  const res = await c.post(`/can-bo/ho-so/${id}/thao-tac`, { ...formOf(page.body, actionId), ...prefixed });
  return res;
}

export async function state(t: TestApp, id: string) {
  // The province's supervisor reads every dossier; administrators read none (ADR 0008).
  return view(t, await t.login('giamsat'), id);
}

