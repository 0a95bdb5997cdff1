// Issue 21: what Lighthouse's SEO and text-compression audits ask of the portal, checked on the
// pages themselves: a meta description and a canonical link on every public portal page, HTML and
// CSS sent compressed (brotli or gzip) when the client accepts it, a plain-text robots.txt that
// keeps crawlers out of private pages, and a sitemap of the public procedures and articles only.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PAGES = ['/', '/thu-tuc', '/thu-tuc/1.004230', '/tra-cuu', '/tin-tuc', '/dang-nhap'];

async function fetchRaw(url: string, encoding: string) {
  const res = await t.app.http.inject({ method: 'GET', url, headers: { accept: 'text/html', 'accept-encoding': encoding } });
  const raw = res.rawPayload;
  const enc = res.headers['content-encoding'];
  const text = enc === 'br' ? brotliDecompressSync(raw).toString('utf8') : enc === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return { res, enc, text };
}

describe('portal pages for search engines (issue 21)', () => {
  it('every public portal page has a meta description and its canonical address, and is sent compressed', async () => {
    for (const page of PAGES) {
      const { res, enc, text } = await fetchRaw(`${page}${page === '/thu-tuc' ? '?trang=1' : ''}`, 'br, gzip');
      expect(res.statusCode, page).toBe(200);
      expect(enc, `${page} compressed`).toBe('br');
      expect(text, page).toMatch(/<meta name="description" content="[^"]{10,}">/);
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(text)?.[1];
      expect(canonical, page).toBe(`${t.app.config.publicUrl}${page}`);
    }
    const gzip = await fetchRaw('/thu-tuc', 'gzip');
    expect(gzip.enc).toBe('gzip');
    expect(gzip.text).toContain('<meta name="description"');
  });

  it('sends the style sheet compressed too, and nothing compressed to a client that did not ask', async () => {
    const home = (await fetchRaw('/', 'identity')).text;
    const css = /<link rel="stylesheet" href="([^"]+)">/.exec(home)![1]!;
    const res = await t.app.http.inject({ method: 'GET', url: css, headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.http.inject({ method: 'GET', url: '/thu-tuc', headers: { accept: 'text/html' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers /robots.txt in plain text, keeping crawlers out of private pages and pointing at the sitemap', async () => {
    const res = await t.app.http.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('User-agent: *');
    expect(res.body).toContain('Disallow: /can-bo');
    expect(res.body).toContain(`Sitemap: ${t.app.config.publicUrl}/sitemap.xml`);
  });

  it('lists the public procedures and articles in /sitemap.xml, and no private page', async () => {
    const res = await t.app.http.inject({ method: 'GET', url: '/sitemap.xml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/xml/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(res.body).toContain(`<loc>${t.app.config.publicUrl}/thu-tuc/1.004230</loc>`);
    const locs = [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(5);
    for (const loc of locs) expect(loc, loc).toMatch(new RegExp(`^${t.app.config.publicUrl.replace(/[.:/]/g, '\\$&')}/(thu-tuc|tra-cuu|tin-tuc)?`));
    expect(locs.some((l) => /can-bo|ho-so-cua-toi|tra-cuu\/./.test(l))).toBe(false);
  });
});
