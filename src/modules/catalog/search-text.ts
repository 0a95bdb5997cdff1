/**
 * Folding Vietnamese the way the database does (unaccent + lower, punctuation
 * to spaces), so the query's words can be matched against the stored search text.
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

export function queryTokens(input: string): string[] {
  return [...new Set(foldVietnamese(input).split(' ').filter((t) => t.length > 0 && t !== '.'))].slice(0, 12);
}
