/** Officers find digitised papers by words on them, only among dossiers they may see. */
import { z } from 'zod';
import { ValidationError } from '../../../platform/errors.ts';
import { allScopedAgencies, type Actor } from '../../identity/index.ts';
import type { DocumentDeps } from '../documents.deps.ts';
import { searchDigitised } from '../documents.repo.ts';

export const SearchDigitisedQuery = z.strictObject({
  q: z.string().trim().max(100).describe('Words from the paper, with or without diacritics'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export async function searchDigitisedFor(deps: DocumentDeps, actor: Actor, query: z.infer<typeof SearchDigitisedQuery>) {
  if (query.q.length < 2) throw new ValidationError([{ path: ['q'], key: 'documents.queryTooShort' }]);
  const agencies = [...allScopedAgencies(actor)];
  if (agencies.length === 0) return { items: [] };
  const rows = await searchDigitised(deps.db, agencies, query.q, query.limit);
  return { items: rows.map((r) => ({ ...r, code: r.code ?? null })) };
}
