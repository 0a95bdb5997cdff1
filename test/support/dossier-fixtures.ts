// Valid submissions for any demo procedure, built from its published e-form, and a driver for actions.
import { expect } from 'vitest';
import { visibleFields, type EformSchema, type FormField } from '../../src/modules/catalog/index.ts';
import type { TestApp } from './test-app.ts';

export const citizen = {
  type: 'CITIZEN' as const,
  person: { fullName: 'Nguyễn Thị Hoa', personalId: '064195012345', birthDate: '1995-03-01', sex: 'female' as const, phone: '0912345678', address: '12 Hùng Vương, Pleiku' },
};

export const organisation = {
  type: 'ORGANISATION' as const,
  person: { fullName: 'Nguyễn Văn An', personalId: '064095012345', birthDate: '1995-03-01' },
  organisation: { name: 'Công ty TNHH In Phố Núi', taxCode: '0100109106', address: '12 Hùng Vương, Pleiku' },
};

function sampleValue(f: FormField): unknown {
  switch (f.type) {
    case 'text':
    case 'textarea':
      return 'Nội dung kê khai mẫu'.padEnd(f.minLength ?? 0, '.');
    case 'number':
      return f.min ?? 1;
    case 'date':
      return '1990-05-01';
    case 'select':
      return f.options?.[0]?.value;
    case 'checkbox':
      return true;
    case 'personalId':
      return '064195012345';
    case 'taxCode':
      return '0100109106';
    case 'phone':
      return '0912345678';
    case 'email':
      return 'nguoidan@example.vn';
  }
}

/** Answers every visible question with a valid value (conditions are re-evaluated until stable). */
export function sampleForm(schema: EformSchema): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < 5; i++) {
    for (const f of visibleFields(schema, data)) if (!(f.name in data)) data[f.name] = sampleValue(f);
  }
  const visible = new Set(visibleFields(schema, data).map((f) => f.name));
  return Object.fromEntries(Object.entries(data).filter(([k]) => visible.has(k)));
}

export async function submission(t: TestApp, procedureCode: string, overrides: Record<string, unknown> = {}) {
  const proc = await t.request('GET', `/api/v1/procedures/${procedureCode}`);
  expect(proc.status).toBe(200);
  const applicant = proc.body.targetGroups.includes('CITIZEN') ? citizen : organisation;
  return {
    procedureCode,
    channel: 'DESK',
    applicant,
    formData: sampleForm(proc.body.eform),
    components: proc.body.components.map((c: { code: string }) => ({ code: c.code, provided: true })),
    ...overrides,
  };
}

let keyCounter = 0;
export const idemKey = (): string => `test-${Date.now()}-${++keyCounter}`;

/** Takes an action and asserts its status; returns the response body. */
export async function act(t: TestApp, token: string, id: string, body: Record<string, unknown>, status = 200) {
  const res = await t.request('POST', `/api/v1/dossiers/${id}/actions`, { token, body });
  if (res.status !== status) throw new Error(`${String(body.type)} → ${res.status} (expected ${status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function create(t: TestApp, token: string, body: Record<string, unknown>, status = 201) {
  const res = await t.request('POST', '/api/v1/dossiers', { token, body });
  if (res.status !== status) throw new Error(`create → ${res.status} (expected ${status}): ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function view(t: TestApp, token: string, id: string) {
  const res = await t.request('GET', `/api/v1/dossiers/${id}`, { token });
  if (res.status !== 200) throw new Error(`get → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function officerId(t: TestApp, username: string): Promise<string> {
  const res = await t.request('GET', '/api/v1/me', { token: await t.login(username) });
  return res.body.id as string;
}
