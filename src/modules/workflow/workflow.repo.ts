/** All SQL of the workflow module. */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.ts';
import { workflowDefinitions } from './workflow.tables.ts';

export type WorkflowRow = typeof workflowDefinitions.$inferSelect;

export async function insertWorkflow(tx: Executor, row: typeof workflowDefinitions.$inferInsert): Promise<void> {
  await tx.insert(workflowDefinitions).values(row);
}

export async function findWorkflowById(db: Executor, id: string): Promise<WorkflowRow | undefined> {
  const [row] = await db.select().from(workflowDefinitions).where(eq(workflowDefinitions.id, id));
  return row;
}

export async function findWorkflow(db: Executor, key: string, version: number): Promise<WorkflowRow | undefined> {
  const [row] = await db
    .select()
    .from(workflowDefinitions)
    .where(and(eq(workflowDefinitions.key, key), eq(workflowDefinitions.version, version)));
  return row;
}

export async function latestWorkflowVersion(db: Executor, key: string): Promise<WorkflowRow | undefined> {
  const [row] = await db
    .select()
    .from(workflowDefinitions)
    .where(eq(workflowDefinitions.key, key))
    .orderBy(desc(workflowDefinitions.version))
    .limit(1);
  return row;
}

export async function listWorkflows(db: Executor): Promise<Omit<WorkflowRow, 'definition'>[]> {
  return db
    .select({
      id: workflowDefinitions.id,
      key: workflowDefinitions.key,
      version: workflowDefinitions.version,
      status: workflowDefinitions.status,
      name: workflowDefinitions.name,
      publishedAt: workflowDefinitions.publishedAt,
      createdAt: workflowDefinitions.createdAt,
    })
    .from(workflowDefinitions)
    .orderBy(asc(workflowDefinitions.key), asc(workflowDefinitions.version));
}

export async function markPublished(tx: Executor, id: string, at: Date): Promise<void> {
  await tx
    .update(workflowDefinitions)
    .set({ status: 'PUBLISHED', publishedAt: at })
    .where(and(eq(workflowDefinitions.id, id), eq(workflowDefinitions.status, 'DRAFT')));
}
