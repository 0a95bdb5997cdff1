// Factories for the people a test needs: an agency to work in, an officer with roles there (API
// token and signed-in back-office client), a citizen signed in on the portal. Everything goes
// through the application (the admin API and pages), never by writing rows, except the web
// sessions test/support/web-client.ts opens directly for tests that are not about signing in.
import { expect } from 'vitest';
import type { CitizenSessionData } from '../../src/web/portal/citizen-session.ts';
import { ensureOfficer } from '../lifecycle/drive.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInCitizen, signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

let counter = 0;
/** Names unique within a test process, so factories never meet each other's rows. */
const next = (): number => ++counter;

export interface MadeAgency {
  id: string;
  code: string;
  name: string;
}

export interface AgencyOptions {
  /** The agency it is created under (it takes the parent's level, unit and calendar). Default H21.10. */
  parentCode?: string;
  code?: string;
  name?: string;
  kind?: 'DEPARTMENT' | 'DIVISION' | 'OFFICE' | 'SERVICE_CENTRE' | 'PEOPLES_COMMITTEE' | 'MINISTRY' | 'POST' | 'VERTICAL_UNIT';
}

/** A new agency, created by the administrator on the administration page (the real command, audited). */
export async function makeAgency(t: TestApp, options: AgencyOptions = {}): Promise<MadeAgency> {
  const parentCode = options.parentCode ?? 'H21.10';
  const n = next();
  const code = options.code ?? `${parentCode}.${90 + n}`;
  const name = options.name ?? `Phòng thử nghiệm ${n}`;
  const admin = await officerClient(t, 'quantri');
  const childPage = await admin.get(`/can-bo/quan-tri/co-quan/${encodeURIComponent(parentCode)}/don-vi-con`);
  expect(childPage.status, `the administrator opens ${parentCode}`).toBe(200);
  const res = await admin.post(`/can-bo/quan-tri/co-quan/${encodeURIComponent(parentCode)}/don-vi-con`, {
    code,
    name,
    kind: options.kind ?? 'DIVISION',
    validFrom: '2020-01-01',
  });
  expect(res.status, res.body.slice(0, 400)).toBe(303);
  const made = await t.request('GET', `/api/v1/agencies/${encodeURIComponent(code)}`);
  expect(made.body, 'the API lists the new agency under its parent').toMatchObject({ code, name, parentCode });
  const id = (await t.app.services.agencies.current()).byCode(code)?.id;
  if (!id) throw new Error(`agency ${code} is not in the directory`);
  return { id, code, name };
}

export interface MadeOfficer {
  id: string;
  username: string;
  /** A bearer token for the API. */
  token: string;
  /** A back-office client already signed in (second factor done). */
  web: WebClient;
}

export interface OfficerOptions {
  /** Roles held at `agency` (default SPECIALIST), e.g. DEPARTMENT_HEAD, LEADER, RECORDS_CLERK; the admin API checks the names. */
  roles?: string[];
  /** The agency code the roles are held at (default H21.10). */
  agency?: string;
  /** An existing username is reused as it is (so a demo officer may be asked for by name). */
  username?: string;
}

/** An officer holding `roles` at `agency`, created through the admin API, signed in on the API and the back office. */
export async function makeOfficer(t: TestApp, options: OfficerOptions = {}): Promise<MadeOfficer> {
  const agency = options.agency ?? 'H21.10';
  const username = options.username ?? `canbo.thu${next()}`;
  const id = await ensureOfficer(t, username, (options.roles ?? ['SPECIALIST']).map((role) => ({ role, agencyCode: agency })));
  return { id, username, token: await t.login(username), web: await officerClient(t, username) };
}

/** A back-office client signed in as `username`. */
export async function officerClient(t: TestApp, username: string): Promise<WebClient> {
  const client = webClient(t);
  await signInOfficer(t, client, username);
  return client;
}

export interface MadeCitizen {
  /** A portal client signed in as this person. */
  client: WebClient;
  claims: CitizenSessionData;
}

/**
 * A citizen signed in on the portal: the demo citizen (who represents the company 0100109106)
 * unless other identity claims are given, e.g. `{ actingFor: '0100109106' }` or another personalId.
 */
export async function makeCitizen(t: TestApp, claims: Partial<CitizenSessionData> = {}): Promise<MadeCitizen> {
  const client = webClient(t);
  return { client, claims: await signInCitizen(t, client, claims) };
}
