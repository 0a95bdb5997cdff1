/** An administrator changes the wording of one kind of message; later messages use it, earlier ones keep theirs. */
import { z } from 'zod';
import { NotFoundError } from '../../../platform/errors.ts';
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../notifications.policy.ts';
import { saveTemplate, type TemplateRow } from '../notifications.repo.ts';

export const TemplateInput = z.strictObject({
  title: z.string().trim().min(3).max(200),
  body: z.string().trim().min(3).max(2000),
});
export type TemplateInput = z.infer<typeof TemplateInput>;

export async function updateTemplate(ctx: Ctx, input: { kind: string; template: TemplateInput }): Promise<TemplateRow> {
  authorize(ctx.actor, 'template.edit', input.kind);
  const parsed = TemplateInput.parse(input.template);
  const row = await saveTemplate(ctx.tx, input.kind, { ...parsed, updatedAt: ctx.now, updatedBy: ctx.actor.id });
  if (!row) throw new NotFoundError('error.notFound');
  await ctx.audit([{ action: 'notification.template.update', entityType: 'notification_template', entityId: input.kind, payload: parsed }]);
  return row;
}
