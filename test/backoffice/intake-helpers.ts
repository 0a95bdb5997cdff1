// Drives a desk intake through the pages, as an officer at the counter would.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import { sampleForm } from '../support/dossier-fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { signInOfficer, webClient, type WebClient } from '../support/web-client.ts';

export async function deskClient(t: TestApp, username = 'motcua.tinh'): Promise<WebClient> {
  const c = webClient(t);
  await signInOfficer(t, c, username);
  return c;
}

/** A one-page PDF standing in for a scanner's output. */
export async function scannedPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([420, 595]);
  page.drawText(text, { x: 40, y: 500, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return Buffer.from(await doc.save());
}

/** The e-form answers of a procedure as this page's form fields (e_<name>). */
export async function declaration(t: TestApp, procedureCode: string): Promise<Record<string, string>> {
  const proc = await t.request('GET', `/api/v1/procedures/${procedureCode}`);
  expect(proc.status).toBe(200);
  const data = sampleForm(proc.body.eform);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [`e_${k}`, v === true ? '1' : String(v)]));
}

// 1.004230 (printing licence) is for organisations: the legal representative and the company.
export const applicant = { applicantType: 'ORGANISATION', fullName: 'Nguyễn Thị Hoa', personalId: '064195012345', birthDate: '1995-03-01', sex: 'female', address: '12 Hùng Vương, Pleiku', phone: '0912345678', orgName: 'Công ty TNHH In Phố Núi', taxCode: '0100109106', orgAddress: '12 Hùng Vương, Pleiku' };

/** Opens a draft for the procedure from the start page; returns the draft's applicant-step URL. */
export async function startIntake(c: WebClient, procedureCode: string): Promise<string> {
  const start = await c.get(`/can-bo/tiep-nhan?q=${encodeURIComponent(procedureCode)}`);
  expect(start.status).toBe(200);
  const res = await c.post('/can-bo/tiep-nhan/moi', { procedureCode });
  expect(res.status).toBe(303);
  return res.location!;
}

/** Applicant step with valid data; returns the papers-step URL. */
export async function registerApplicant(t: TestApp, c: WebClient, draftUrl: string, procedureCode: string, extra: Record<string, string | string[]> = {}): Promise<string> {
  await c.get(draftUrl);
  const res = await c.post(draftUrl, { ...applicant, ...(await declaration(t, procedureCode)), _touched: '1', _action: 'save', ...extra });
  expect(res.status, res.body.slice(0, 2000)).toBe(303);
  return res.location!;
}

/** The hidden fields of the decision form with the given decision value. */
export function decisionForm(page: string, decision: string): Record<string, string> {
  const form = [...page.matchAll(/<form[^>]*action="([^"]*\/quyet-dinh)"[^>]*>([\s\S]*?)<\/form>/g)].find((m) => m[2]!.includes(`name="decision" value="${decision}"`));
  if (!form) throw new Error(`no ${decision} form`);
  const hidden = Object.fromEntries([...form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  return hidden;
}
