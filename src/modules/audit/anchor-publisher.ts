/**
 * The adapter to the external party that keeps a copy of every anchor (a
 * timestamping service, the provincial archive, a supervising agency): one
 * HTTPS POST of the anchor file, authenticated with a bearer token. What the
 * party answers is kept as the receipt, so an operator can show later which
 * heads were handed over when.
 */
export interface AnchorPublisher {
  /** Where anchors go, as recorded with each receipt (the URL without credentials). */
  readonly target: string;
  /** Network failures come back as status 0, never as a throw: every attempt is recorded. */
  publish(file: Buffer): Promise<{ status: number; receipt: string }>;
}

export function createAnchorPublisher(options: { url: string; token: string; timeoutMs?: number }): AnchorPublisher {
  const shown = new URL(options.url);
  shown.username = '';
  shown.password = '';
  return {
    target: shown.toString(),
    async publish(file) {
      try {
        const res = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
          body: new Uint8Array(file),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
        // The receipt is evidence, not a payload to act on: kept as text, bounded.
        return { status: res.status, receipt: (await res.text()).slice(0, 4000) };
      } catch (err) {
        return { status: 0, receipt: `not delivered: ${err instanceof Error ? err.message : String(err)}`.slice(0, 4000) };
      }
    },
  };
}
