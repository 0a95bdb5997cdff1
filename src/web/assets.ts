/**
 * The stylesheet and the enhancement script, served from memory with a
 * content hash in the URL, so browsers keep them for a year and a new
 * release is fetched at once.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { App } from '../platform/http/server.ts';

const types: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

interface Asset {
  body: Buffer;
  hash: string;
  type: string;
}

const assets = new Map<string, Asset>(
  ['site.css', 'enhance.js'].map((name) => {
    const body = fs.readFileSync(new URL(`./assets/${name}`, import.meta.url));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    return [name, { body, hash, type: types[name.split('.').pop()!]! }];
  }),
);

export function assetUrl(name: 'site.css' | 'enhance.js'): string {
  return `/assets/${name}?v=${assets.get(name)!.hash}`;
}

/** Bytes of the page furniture every page loads (the benchmarks add it to a page's weight). */
export function assetBytes(): number {
  let n = 0;
  for (const a of assets.values()) n += a.body.length;
  return n;
}

export function registerAssets(app: App): void {
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) return reply.callNotFound();
    return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').header('etag', `"${asset.hash}"`).send(asset.body);
  });
}
