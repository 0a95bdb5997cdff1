/**
 * What an officer types for a guide or a news item. The body is plain text:
 * paragraphs separated by a blank line, list items starting with "- ". The
 * slug (the article's address) is made from the title when left blank.
 */
import { z } from 'zod';
import { foldVietnamese } from '../catalog/index.ts';

export const ArticleKind = z.enum(['GUIDE', 'NEWS']);
export type ArticleKind = z.infer<typeof ArticleKind>;

export const ARTICLE_SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ArticleInput = z.strictObject({
  kind: ArticleKind,
  title: z.string().trim().min(5).max(200),
  slug: z.string().trim().toLowerCase().max(120).regex(ARTICLE_SLUG_RE, 'articleSlug').optional(),
  summary: z.string().trim().min(10).max(400),
  body: z.string().trim().min(20).max(20_000),
  procedureCode: z.string().trim().regex(/^[1-9]\.\d{6}(\.[0-9A-Z.]+)?$/, 'procedureCode').optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

/** The stored columns an officer's input sets, on create and on edit alike. */
export function articleColumns(input: ArticleInput, slug: string) {
  return { slug, kind: input.kind, title: input.title, summary: input.summary, body: input.body, procedureCode: input.procedureCode ?? null };
}

/** "Hướng dẫn nộp hồ sơ trực tuyến" → "huong-dan-nop-ho-so-truc-tuyen". */
export function slugFromTitle(title: string): string {
  const words = foldVietnamese(title).replace(/\./g, ' ').split(' ').filter(Boolean);
  let slug = '';
  for (const w of words) {
    if ((slug + '-' + w).length > 80) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug || 'bai-viet';
}

export type BodyBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };
type Building = ({ kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }) & { fresh: boolean };

/**
 * The body as paragraphs and lists; a renderer escapes every piece (no markup
 * from input). Within a block, a run of "- " lines is a list and a run of other
 * lines is one paragraph, so "Bạn cần mang theo:" followed by items works.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: Building[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    for (const line of chunk.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const last = blocks.at(-1);
      const item = line.startsWith('- ') ? line.slice(2).trim() : undefined;
      if (item !== undefined) {
        if (last?.kind === 'list' && !last.fresh) last.items.push(item);
        else blocks.push({ kind: 'list', items: [item], fresh: false });
      } else if (last?.kind === 'paragraph' && !last.fresh) last.text += ` ${line}`;
      else blocks.push({ kind: 'paragraph', text: line, fresh: false });
    }
    // A blank line always starts a new block.
    const last = blocks.at(-1);
    if (last) last.fresh = true;
  }
  return blocks.map(({ fresh: _fresh, ...b }) => b as BodyBlock);
}
