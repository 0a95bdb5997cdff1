/**
 * The administration's reads of the catalogue: every procedure with its newest
 * version, one procedure with its versions, and one version with the workflow
 * it follows (drafts included, unlike the published catalogue).
 */
import type { Executor } from '../../../platform/db/database.ts';
import { findWorkflowById, WorkflowDefinition, type WorkflowRow } from '../../workflow/index.ts';
import { listProceduresForAdmin as listRows } from '../catalog-admin.repo.ts';
import { findProcedureByCode, findVersion, listVersions, type ProcedureRow, type VersionRow } from '../catalog.repo.ts';

export type { ProcedureRow, VersionRow };

/** Procedures by code with their newest version number and how many drafts they have. */
export async function listProceduresForAdmin(db: Executor): Promise<{ code: string; name: string; latestVersion: number; drafts: number }[]> {
  return listRows(db);
}

export interface ProcedureVersionsView {
  procedure: ProcedureRow;
  /** Newest first. */
  versions: { id: string; version: number; status: string; publishedAt: Date | null; createdAt: Date }[];
}

export async function procedureVersions(db: Executor, code: string): Promise<ProcedureVersionsView | undefined> {
  const procedure = await findProcedureByCode(db, code);
  return procedure && { procedure, versions: await listVersions(db, procedure.id) };
}

export interface AdminVersionView {
  procedure: ProcedureRow;
  row: VersionRow;
  workflow: WorkflowRow;
  definition: WorkflowDefinition;
  /** Only a draft can still be edited. */
  draft: boolean;
}

/** One version of a procedure with its workflow; undefined when either is missing. */
export async function versionForAdmin(db: Executor, code: string, version: number): Promise<AdminVersionView | undefined> {
  const procedure = await findProcedureByCode(db, code);
  const row = procedure && (await findVersion(db, procedure.id, version));
  const workflow = row && (await findWorkflowById(db, row.workflowId));
  if (!procedure || !row || !workflow) return undefined;
  return { procedure, row, workflow, definition: WorkflowDefinition.parse(workflow.definition), draft: row.status === 'DRAFT' };
}
