/** The procedure version an administration page is about, with its workflow; 404 when either is missing. */
import { z } from 'zod';
import { findProcedureByCode, findVersion, ProcedureCode } from '../../../modules/catalog/index.ts';
import { findWorkflowById, WorkflowDefinition } from '../../../modules/workflow/index.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';

const Params = z.object({ code: ProcedureCode, version: z.coerce.number().int().min(1).max(1_000_000) });

export async function loadVersion(db: Executor, params: unknown) {
  const p = Params.safeParse(params);
  if (!p.success) throw new NotFoundError();
  const { code, version } = p.data;
  const procedure = await findProcedureByCode(db, code);
  const row = procedure && (await findVersion(db, procedure.id, version));
  const workflow = row && (await findWorkflowById(db, row.workflowId));
  if (!procedure || !row || !workflow) throw new NotFoundError('procedure.notFound', { code: `${code} v${version}` });
  return { code, version, procedure, row, workflow, definition: WorkflowDefinition.parse(workflow.definition), draft: row.status === 'DRAFT' };
}

export type LoadedAdminVersion = Awaited<ReturnType<typeof loadVersion>>;
