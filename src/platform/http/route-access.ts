/**
 * Who may call an API route, decided before anything reads the request
 * (issue 11, item 14). Deny by default: every route under /api/ needs a
 * signed-in caller unless its options say `config: { public: true }`. The
 * check runs in `preParsing`, after the bearer-token hook (`onRequest`) has
 * named the caller and before the body is read or any schema is validated, so
 * an anonymous caller gets 401 — never 400 with schema details about an
 * operation it may not use, and no upload is read for it.
 *
 * The marker is the one declaration of a public operation: the OpenAPI
 * document's per-operation security is to be derived from it too
 * (`isPublicRoute`), so the two cannot drift apart.
 */
import type { FastifyRequest, RouteOptions } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Open to anonymous callers. Leave it out (the default) and the route needs a signed-in caller. */
    public?: boolean;
  }
}

/** The routes under this prefix are guarded; pages outside it have their own guarded groups (src/web/guards.ts). */
export const GUARDED_PREFIX = '/api/';

/** True when a route's options mark it open to anonymous callers. */
export function isPublicRoute(route: Pick<RouteOptions, 'config'>): boolean {
  return (route.config as { public?: unknown } | undefined)?.public === true;
}

export interface RouteAccessEntry {
  method: string;
  url: string;
  public: boolean;
}

interface HookHost {
  addHook(name: 'onRoute', hook: (route: RouteOptions) => void): unknown;
}

/**
 * Installs the guard on every API route registered from now on: `requireCaller`
 * throws (an UnauthorizedError) when the request has no signed-in caller.
 * Returns the table of the routes it has seen, with their access, for tests and
 * the OpenAPI document.
 */
export function guardApiRoutes(app: HookHost, requireCaller: (request: FastifyRequest) => unknown): RouteAccessEntry[] {
  const table: RouteAccessEntry[] = [];
  const check = async (request: FastifyRequest) => {
    requireCaller(request);
  };
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(GUARDED_PREFIX)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const open = isPublicRoute(route);
    for (const method of methods) table.push({ method, url: route.url, public: open });
    if (open) return;
    const existing = route.preParsing;
    route.preParsing = [check, ...(Array.isArray(existing) ? existing : existing ? [existing] : [])] as RouteOptions['preParsing'];
  });
  return table;
}
