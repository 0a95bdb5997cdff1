/** Only local paths: an open redirect would let a phishing link borrow the portal's name. */
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) && next.length <= 500 ? next : fallback;
}
