/** Reading stored workflow definitions: one version by key, by id, the newest of a key, or the list of all. */
import type { Executor } from '../../../platform/db/database.ts';
import * as repo from '../workflow.repo.ts';

export type WorkflowRow = repo.WorkflowRow;

export async function findWorkflow(db: Executor, key: string, version: number): Promise<WorkflowRow | undefined> {
  return repo.findWorkflow(db, key, version);
}

export async function findWorkflowById(db: Executor, id: string): Promise<WorkflowRow | undefined> {
  return repo.findWorkflowById(db, id);
}

export async function latestWorkflowVersion(db: Executor, key: string): Promise<WorkflowRow | undefined> {
  return repo.latestWorkflowVersion(db, key);
}

export async function listWorkflows(db: Executor): Promise<Omit<WorkflowRow, 'definition'>[]> {
  return repo.listWorkflows(db);
}
