/**
 * Loading definitions for dossiers. A published definition never changes, so
 * it is parsed once and kept in memory for the life of the process.
 */
import type { Executor } from '../../platform/db/database.ts';
import { findWorkflowById } from './workflow.repo.ts';
import { WorkflowDefinition } from './workflow.schemas.ts';

export interface LoadedWorkflow {
  id: string;
  status: string;
  definition: WorkflowDefinition;
}

export class WorkflowStore {
  readonly #published = new Map<string, LoadedWorkflow>();

  async get(db: Executor, id: string): Promise<LoadedWorkflow | undefined> {
    const cached = this.#published.get(id);
    if (cached) return cached;
    const row = await findWorkflowById(db, id);
    if (!row) return undefined;
    const loaded = { id: row.id, status: row.status, definition: WorkflowDefinition.parse(row.definition) };
    if (row.status !== 'DRAFT') this.#published.set(id, loaded);
    return loaded;
  }
}
