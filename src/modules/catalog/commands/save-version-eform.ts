/**
 * An administrator saves the e-form schema of a drafted version. Only drafts
 * change; a published version stays as citizens saw it, so a correction is a
 * new version.
 */
import { ConflictError, NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../catalog.policy.ts';
import { updateDraftVersionRow } from '../catalog-admin.repo.ts';
import { findProcedureByCode, findVersion } from '../catalog.repo.ts';
import { EformSchema } from '../catalog.schemas.ts';

export async function saveVersionEform(ctx: Ctx, input: { code: string; version: number; eform: EformSchema }): Promise<{ versionId: string }> {
  const { code, version } = input;
  authorize(ctx.actor, 'procedure.edit', code);
  const procedure = await findProcedureByCode(ctx.tx, code);
  const row = procedure && (await findVersion(ctx.tx, procedure.id, version));
  if (!row) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  if (row.status !== 'DRAFT') throw new ConflictError('procedure.versionNotDraft', { version });
  if (!(await updateDraftVersionRow(ctx.tx, row.id, { eformSchema: EformSchema.parse(input.eform) }))) throw new ConflictError('procedure.versionNotDraft', { version });
  await ctx.audit([{ action: 'procedure.version.eform', entityType: 'procedure_version', entityId: row.id, payload: { code, version } }]);
  return { versionId: row.id };
}
