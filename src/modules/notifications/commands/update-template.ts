/** An administrator changes the wording of one kind of message; later messages use it, earlier ones keep theirs. */
import { z } from 'zod';
import type { Executor } from '../../../platform/db/database.ts';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Clock } from '../../../platform/clock.ts';
import { saveTemplate, type TemplateRow } from '../notifications.repo.ts';

export const TemplateInput = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(3).max(2000),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export async function updateTemplate(db: Executor, clock: Clock, by: string, kind: string, input: TemplateInput): Promise<TemplateRow> {
  const parsed = TemplateInput.parse(input);
  const row = await saveTemplate(db, kind, { ...parsed, updatedAt: clock.now(), updatedBy: by });
  if (!row) throw new NotFoundError('error.notFound');
  return row;
}
