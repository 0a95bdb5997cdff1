/**
 * The server-rendered web: assets, the citizen portal and the officer back
 * office. Both live in an encapsulated scope whose errors render as HTML pages
 * (the API keeps its JSON errors). The language switch sets a cookie.
 */
import { z } from 'zod';
import './i18n/index.ts'; // registers the page texts before any page renders
import type { App } from '../platform/http/server.ts';
import { registerAssets } from './assets.ts';
import { registerBackoffice } from './backoffice/index.ts';
import { registerPortal } from './portal/index.ts';
import type { WebDeps } from './web-deps.ts';
import { htmlErrorHandler, seeOther } from './web-page.ts';
import { registerSeoRoutes } from './public/seo-routes.ts';
import { safeNext } from './safe-next.ts';
import { decorateGuards } from './guards.ts';

export type { WebDeps } from './web-deps.ts';
export { htmlNotFound } from './web-page.ts';

export async function registerWeb(app: App, deps: WebDeps): Promise<void> {
  registerAssets(app);
  registerSeoRoutes(app, deps);
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.setErrorHandler(htmlErrorHandler);
    // Pages are for people, not part of the API contract: none of them goes into the OpenAPI document.
    scope.addHook('onRoute', (route) => {
      route.schema = { ...(route.schema ?? {}), hide: true };
    });
    decorateGuards(scope);
    await registerPortal(scope, deps);
    await registerBackoffice(scope, deps);
    scope.get('/ngon-ngu/:lang', { schema: { hide: true, params: z.object({ lang: z.enum(['vi', 'en']) }), querystring: z.object({ next: z.string().max(500).optional() }) } }, async (request, reply) => {
      reply.setCookie('mc_lang', request.params.lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86400 });
      return seeOther(reply, safeNext(request.query.next, '/'));
    });
  });
}
