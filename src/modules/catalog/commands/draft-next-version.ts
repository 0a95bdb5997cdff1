/**
 * Drafts the next version of an existing procedure as a copy of its newest
 * version, so an administrator edits the e-form or the workflow of the copy
 * and publishes it. A second click on the same "draft" button (the newest
 * version is no longer the one it saw) opens the draft already made instead of
 * making another.
 */
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { findWorkflowById } from '../../workflow/index.ts';
import type { CatalogDeps } from '../catalog.deps.ts';
import { authorize } from '../catalog.policy.ts';
import { findProcedureByCode, findVersion, maxVersion, versionAgencies } from '../catalog.repo.ts';
import type { ProcedureVersionInput } from '../catalog.schemas.ts';
import { draftProcedureVersion } from './draft-procedure-version.ts';

export async function draftNextVersion(
  ctx: Ctx,
  deps: Pick<CatalogDeps, 'agencies'>,
  input: { code: string; /** The newest version the page showed. */ seenVersion: number },
): Promise<{ procedureId: string; version: number; created: boolean }> {
  const { code, seenVersion } = input;
  authorize(ctx.actor, 'procedure.edit', code);
  const tx = ctx.tx;
  const procedure = await findProcedureByCode(tx, code);
  if (!procedure) throw new NotFoundError('procedure.notFound', { code });
  const newest = await maxVersion(tx, procedure.id);
  if (newest !== seenVersion) return { procedureId: procedure.id, version: newest, created: false };
  const row = await findVersion(tx, procedure.id, newest);
  const workflow = row && (await findWorkflowById(tx, row.workflowId));
  if (!row || !workflow) throw new NotFoundError('procedure.notFound', { code });
  const agencies = await deps.agencies.current();
  const competent = (await versionAgencies(tx, row.id)).filter((a) => a.role === 'COMPETENT').map((a) => agencies.byId(a.agencyId)?.code ?? '');
  const copy: ProcedureVersionInput = {
    name: row.name,
    fieldCode: procedure.fieldCode,
    level: procedure.level as ProcedureVersionInput['level'],
    onlineLevel: row.onlineLevel as ProcedureVersionInput['onlineLevel'],
    lifeEvents: procedure.lifeEvents as ProcedureVersionInput['lifeEvents'],
    durationAmount: row.durationAmount,
    durationUnit: row.durationUnit as ProcedureVersionInput['durationUnit'],
    ...(row.serviceTargetAmount !== null ? { serviceTargetAmount: row.serviceTargetAmount } : {}),
    cutoffTime: row.cutoffTime,
    supplementMode: row.supplementMode as 'RESTART' | 'PAUSE',
    paymentTiming: row.paymentTiming as 'BEFORE_PROCESSING' | 'BEFORE_RESULT' | 'AT_RETURN',
    details: row.details,
    eform: row.eformSchema,
    workflow: { key: workflow.key, version: workflow.version },
    competentAgencies: competent,
  };
  const created = await draftProcedureVersion(ctx, deps, { code, version: copy });
  return { procedureId: procedure.id, version: created.version, created: true };
}
