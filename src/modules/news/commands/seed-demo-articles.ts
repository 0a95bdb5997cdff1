/** The demo guides and news (seed/demo-articles.ts), published as of the merged province; an article already there is kept. */
import type { Ctx } from '../../identity/index.ts';
import { authorize } from '../news.policy.ts';
import { seedDemoArticleRows } from '../seed/demo-articles.ts';

export async function seedDemoArticles(ctx: Ctx): Promise<void> {
  authorize(ctx.actor, 'news.seed', null);
  await seedDemoArticleRows(ctx.tx);
}
