// Procedures that take portal applications, for the submission tests: the demo catalogue lists
// none with the PORTAL channel yet, so a test publishes a new version of a demo procedure that does.
import { sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { versionInputOf, type DemoProcedure } from '../../src/modules/catalog/seed/demo-procedure.ts';
import { demoProcedures } from '../../src/modules/catalog/seed/procedures/index.ts';
import type { TestApp } from '../support/test-app.ts';

export async function publishForPortal(t: TestApp, code: string, change: (p: DemoProcedure) => DemoProcedure = (p) => p): Promise<void> {
  const admin = await t.login('quantri');
  const demo = demoProcedures.find((p) => p.code === code)!;
  const current = (await t.request('GET', `/api/v1/procedures/${code}`)).body as { workflowId: string; version: number; competentAgencies: { code: string }[] };
  const { rows } = (await t.app.database.db.execute(sql`SELECT key, version FROM workflow_definitions WHERE id = ${current.workflowId}`)) as unknown as { rows: { key: string; version: number }[] };
  const changed = change({ ...demo, details: { ...demo.details, channels: [...demo.details.channels, 'PORTAL'] } });
  const input = versionInputOf(changed, { key: rows[0]!.key, version: Number(rows[0]!.version) }, current.competentAgencies.map((a) => a.code));
  const drafted = await t.request('POST', `/api/v1/admin/procedures/${code}/versions`, { token: admin, body: input });
  if (drafted.status !== 201) throw new Error(`draft ${code}: ${drafted.status} ${JSON.stringify(drafted.body)}`);
  const published = await t.request('POST', `/api/v1/admin/procedures/${code}/versions/${drafted.body.version}/publish`, { token: admin });
  if (published.status !== 200) throw new Error(`publish ${code}: ${published.status} ${JSON.stringify(published.body)}`);
}

export async function smallPdf(text = 'motcua'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText(text, { x: 20, y: 100, size: 12 });
  return Buffer.from(await doc.save());
}

export async function dossiersOf(t: TestApp, ownerId: string): Promise<{ id: string; code: string | null; channel: string }[]> {
  const { rows } = (await t.app.database.db.execute(sql`SELECT id, code, channel FROM dossiers WHERE owner_id = ${ownerId}`)) as unknown as { rows: { id: string; code: string | null; channel: string }[] };
  return rows;
}

export async function draftRow(t: TestApp, id: string): Promise<{ answers: Record<string, unknown>; components: Record<string, unknown>; submitted_dossier_id: string | null } | undefined> {
  const { rows } = (await t.app.database.db.execute(sql`SELECT answers, components, submitted_dossier_id FROM submission_drafts WHERE id = ${id}`)) as unknown as {
    rows: { answers: Record<string, unknown>; components: Record<string, unknown>; submitted_dossier_id: string | null }[];
  };
  return rows[0];
}

/** The draft id in a /ho-so-nhap/<id>/… location. */
export const draftIdOf = (location: string | undefined): string => /\/ho-so-nhap\/([0-9a-f-]{36})\//.exec(location ?? '')![1]!;
