/**
 * Characters PostgreSQL cannot store — the NUL character, and UTF-16 halves
 * that do not form a character (which JSON allows) — are refused at the edge
 * with a 400 naming the field, before any schema or query sees them.
 */
import type { FastifyRequest } from 'fastify';
import { ValidationError, type FieldIssue } from '../errors.ts';

function badString(s: string): boolean {
  return s.includes('\u0000') || !s.isWellFormed();
}

function scan(value: unknown, path: (string | number)[], issues: FieldIssue[], depth = 0): void {
  if (issues.length >= 20 || depth > 64) return;
  if (typeof value === 'string') {
    if (badString(value)) issues.push({ path, key: 'validation.badCharacters' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => scan(v, [...path, i], issues, depth + 1));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // The key itself is echoed in the path, so its unstorable characters are masked.
      if (badString(k)) issues.push({ path: [...path, k.toWellFormed().split('\u0000').join('?')], key: 'validation.badCharacters' });
      else scan(v, [...path, k], issues, depth + 1);
    }
  }
}

export async function refuseUnstorableCharacters(request: FastifyRequest): Promise<void> {
  const issues: FieldIssue[] = [];
  scan(request.params, ['params'], issues);
  scan(request.query, ['querystring'], issues);
  scan(request.body, ['body'], issues);
  if (issues.length > 0) throw new ValidationError(issues);
}
