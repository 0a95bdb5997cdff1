/**
 * An administrator edits a drafted version before publication: its e-form
 * schema, or the workflow it follows. Only drafts change; a published version
 * stays as citizens saw it, so a correction is a new version.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import { updateDraftVersionRow } from '../catalog-admin.repo.ts';
import { findProcedureByCode, findVersion } from '../catalog.repo.ts';
import { EformSchema } from '../catalog.schemas.ts';

export type DraftEdit = { eform: EformSchema } | { workflowId: string };

export async function updateDraftVersion(tx: Executor, code: string, version: number, edit: DraftEdit): Promise<{ versionId: string }> {
  const procedure = await findProcedureByCode(tx, code);
  const row = procedure && (await findVersion(tx, procedure.id, version));
  if (!row) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  if (row.status !== 'DRAFT') throw new ConflictError('procedure.versionNotDraft', { version });
  const patch = 'eform' in edit ? { eformSchema: EformSchema.parse(edit.eform) } : { workflowId: edit.workflowId };
  if (!(await updateDraftVersionRow(tx, row.id, patch))) throw new ConflictError('procedure.versionNotDraft', { version });
  return { versionId: row.id };
}
