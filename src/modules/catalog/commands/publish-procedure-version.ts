/**
 * Publishing a procedure version: its workflow must be published and its step
 * budgets must fit the version's legal time limit. Once published the version is
 * frozen (by trigger) and becomes the one new dossiers use.
 */
import type { Executor } from '../../../platform/db/database.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../../../platform/errors.ts';
import { validateDefinition, type WorkflowStore } from '../../workflow/index.ts';
import { findProcedureByCode, findVersion, markVersionPublished } from '../catalog.repo.ts';
import { DurationUnit } from '../catalog.schemas.ts';
import { legalLimitMinutes, legalLimitText } from '../legal-limit.ts';

export async function publishProcedureVersion(
  tx: Executor,
  workflows: WorkflowStore,
  code: string,
  version: number,
  workingDayMinutes: number,
  by: string,
  at: Date,
): Promise<{ versionId: string }> {
  const procedure = await findProcedureByCode(tx, code);
  if (!procedure) throw new NotFoundError('procedure.notFound', { code });
  const row = await findVersion(tx, procedure.id, version);
  if (!row) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  if (row.status !== 'DRAFT') throw new ConflictError('procedure.versionNotDraft', { version });
  const workflow = await workflows.get(tx, row.workflowId);
  if (!workflow || workflow.status !== 'PUBLISHED') {
    throw new UnprocessableError('workflow.invalid', [{ path: ['workflow'], key: 'workflow.notFound', params: { key: row.workflowId, version: '?' } }]);
  }
  const unit = DurationUnit.parse(row.durationUnit);
  const issues = validateDefinition(workflow.definition, {
    workingDayMinutes,
    legalLimitMinutes: legalLimitMinutes(row.durationAmount, unit, workingDayMinutes),
    legalLimitText: legalLimitText(row.durationAmount, unit),
  });
  if (issues.length > 0) throw new UnprocessableError('workflow.invalid', issues);
  await markVersionPublished(tx, procedure.id, row.id, row.onlineLevel, by, at);
  return { versionId: row.id };
}
