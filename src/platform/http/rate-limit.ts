/**
 * Rate limits (issue 11, item 15; ADR 0019), with @fastify/rate-limit. Which
 * routes are limited, and by which limit, is this file's one table
 * (ROUTE_LIMITS), matched by method and route URL as routes are registered —
 * modules' route files carry nothing. Limits are counted per caller address
 * (`request.ip`: behind a proxy, MOTCUA_TRUST_PROXY makes it the client's).
 *
 * Where the count must hold across processes — sign-in and one-time codes,
 * the targets of guessing — it is kept in PostgreSQL (`rate_limit_hits`, one
 * upsert per request). The public look-ups and verification uploads count in
 * each process's memory: they protect that process's CPU and slow enumeration,
 * a bound that N processes multiply by N but that an anonymous flood cannot
 * turn into database writes.
 *
 * Over the limit: 429 in motcua's error format with the platform's Vietnamese
 * message `error.rateLimited` (English on Accept-Language: en) and
 * `Retry-After` (seconds). Counting happens in `onRequest`, before the body is
 * read, so a refused upload costs nothing.
 */
import fastifyRateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { onRequestHookHandler, RouteOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import { sha256Hex } from '../crypto/hashing.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { rateLimitHits } from './rate-limit.tables.ts';
import type { App } from './server.ts';

/** The named limits; each has its setting MOTCUA_RATE_LIMIT_<NAME> (src/config.ts). */
export const RATE_LIMIT_NAMES = ['signIn', 'oneTimeCode', 'publicLookup', 'verifyUpload', 'feedback', 'assistant'] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];

export interface Allowance {
  max: number;
  windowMs: number;
}

export interface RateLimitSettings {
  enabled: boolean;
  limits: Record<RateLimitName, Allowance>;
}

/** Whether a limit's count is shared by every process (PostgreSQL) or kept by each (memory). */
const SHARED: Record<RateLimitName, boolean> = {
  signIn: true,
  oneTimeCode: true,
  publicLookup: false,
  verifyUpload: false,
  feedback: false,
  // Each answer may cost a paid model call: the budget is the service's, not one process's.
  assistant: true,
};

interface RouteLimit {
  method: string;
  /** A route URL as registered (`:param` included), or a pattern for families of routes yet to come. */
  url: string | RegExp;
  limit: RateLimitName;
}

/**
 * THE table. The API route and the page doing the same thing share one limit
 * (one count), so switching channel buys nothing. Feedback and assistant
 * endpoints get theirs by URL family: a route added under these paths is
 * limited without touching this table (add a row for any other path).
 */
export const ROUTE_LIMITS: readonly RouteLimit[] = [
  { method: 'POST', url: '/api/v1/auth/login', limit: 'signIn' },
  { method: 'POST', url: '/can-bo/dang-nhap', limit: 'signIn' },
  { method: 'POST', url: '/can-bo/dang-nhap/ma-xac-thuc', limit: 'oneTimeCode' },
  { method: 'POST', url: '/can-bo/tai-khoan/xac-thuc-hai-buoc', limit: 'oneTimeCode' },
  { method: 'GET', url: '/api/v1/public/dossiers/:dossierCode', limit: 'publicLookup' },
  { method: 'GET', url: '/api/v1/public/results/:code', limit: 'publicLookup' },
  { method: 'GET', url: '/tra-cuu', limit: 'publicLookup' },
  { method: 'GET', url: '/tra-cuu/:code', limit: 'publicLookup' },
  { method: 'GET', url: '/verify', limit: 'publicLookup' },
  { method: 'GET', url: '/verify/:code', limit: 'publicLookup' },
  { method: 'POST', url: '/api/v1/public/verify', limit: 'verifyUpload' },
  { method: 'POST', url: '/verify', limit: 'verifyUpload' },
  { method: 'POST', url: /^\/api\/v1\/(public\/)?feedback(\/|$)|^\/gop-y(\/|$)/, limit: 'feedback' },
  { method: 'POST', url: /^\/api\/v1\/(public\/)?assistant(\/|$)|^\/tro-ly(\/|$)/, limit: 'assistant' },
];

/** The limit a route falls under, if any. */
export function limitOfRoute(method: string, url: string): RateLimitName | undefined {
  // Fastify answers HEAD with the GET handler: the same look-up, so the same limit.
  const m = method === 'HEAD' ? 'GET' : method;
  return ROUTE_LIMITS.find((r) => r.method === m && (typeof r.url === 'string' ? r.url === url : r.url.test(url)))?.limit;
}

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;

/** A fixed-window counter: `hit` counts one request and says how many the window holds and how long it has left. */
interface Counter {
  hit(key: string, windowMs: number): Promise<Counted>;
}

/** Counts in PostgreSQL: one atomic upsert per hit, so every process sees every hit. */
export function databaseCounter(db: Db, clock: Clock): Counter {
  let sweptAt = 0;
  return {
    async hit(key, windowMs) {
      const now = clock.now();
      const ends = new Date(now.getTime() + windowMs);
      const nowSql = sql`${now.toISOString()}::timestamptz`;
      const [row] = await db
        .insert(rateLimitHits)
        .values({ bucketKey: key, hits: 1, windowEndsAt: ends })
        .onConflictDoUpdate({
          target: rateLimitHits.bucketKey,
          set: {
            hits: sql`CASE WHEN ${rateLimitHits.windowEndsAt} <= ${nowSql} THEN 1 ELSE ${rateLimitHits.hits} + 1 END`,
            windowEndsAt: sql`CASE WHEN ${rateLimitHits.windowEndsAt} <= ${nowSql} THEN excluded.window_ends_at ELSE ${rateLimitHits.windowEndsAt} END`,
          },
        })
        .returning({ hits: rateLimitHits.hits, windowEndsAt: rateLimitHits.windowEndsAt });
      // Ended windows are dead weight: swept at most every ten minutes per process.
      if (now.getTime() - sweptAt > 10 * 60_000) {
        sweptAt = now.getTime();
        await db.delete(rateLimitHits).where(sql`${rateLimitHits.windowEndsAt} < ${new Date(now.getTime() - 60 * 60_000).toISOString()}::timestamptz`);
      }
      return { current: row!.hits, ttl: Math.max(0, row!.windowEndsAt.getTime() - now.getTime()) };
    },
  };
}

/** Counts in this process's memory, forgetting ended windows when it grows large. */
export function memoryCounter(clock: Clock, maxKeys = 100_000): Counter {
  const windows = new Map<string, { hits: number; endsAt: number }>();
  return {
    async hit(key, windowMs) {
      const now = clock.now().getTime();
      let w = windows.get(key);
      if (!w || w.endsAt <= now) {
        if (windows.size >= maxKeys) {
          for (const [k, v] of windows) if (v.endsAt <= now) windows.delete(k);
          // Still full of live windows: starting over errs towards letting callers in, never towards refusing them.
          if (windows.size >= maxKeys) windows.clear();
        }
        w = { hits: 0, endsAt: now + windowMs };
        windows.set(key, w);
      }
      w.hits += 1;
      return { current: w.hits, ttl: w.endsAt - now };
    },
  };
}

/** The plugin's store interface over one limit's counter; the key never leaves here in clear. */
function storeOf(counter: Counter, limit: string): FastifyRateLimitStore {
  const store: FastifyRateLimitStore = {
    incr(key: string, callback: Callback, timeWindow: number) {
      counter.hit(sha256Hex(`${limit}\u0000${key}`), timeWindow).then(
        (counted) => callback(null, counted),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
    child: () => store,
  };
  return store;
}

/**
 * Attaches the limits of ROUTE_LIMITS to the routes registered from now on.
 * Call before any route is registered (src/app.ts).
 */
export async function installRateLimits(app: App, deps: { db: Db; clock: Clock; settings: RateLimitSettings }): Promise<void> {
  if (!deps.settings.enabled) return;
  const shared = databaseCounter(deps.db, deps.clock);
  const local = memoryCounter(deps.clock);
  const stores = new Map(RATE_LIMIT_NAMES.map((name) => [name, storeOf(SHARED[name] ? shared : local, name)]));

  /** The plugin asks its store for a child per limiter; groupId names the limit (and so its counter). */
  class LimitStore {
    child(params: { groupId?: string }): FastifyRateLimitStore {
      const store = stores.get(params.groupId as RateLimitName);
      if (!store) throw new Error(`rate limit without a known limit name: ${String(params.groupId)}`);
      return store;
    }
    incr(_key: string, callback: Callback) {
      callback(new Error('every motcua rate limit names its limit'));
    }
  }

  await app.register(fastifyRateLimit, {
    global: false,
    store: LimitStore as never,
    errorResponseBuilder: (_request, context) => new AppError(429, 'error.rateLimited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  // One limiter per limit, shared by its routes: the API route and the page doing the same thing share one count per caller.
  const limiters = new Map<RateLimitName, onRequestHookHandler>();
  const limiterOf = (name: RateLimitName) => {
    let limiter = limiters.get(name);
    if (!limiter) {
      const { max, windowMs } = deps.settings.limits[name];
      limiter = app.rateLimit({ max, timeWindow: windowMs, groupId: name }) as unknown as onRequestHookHandler;
      limiters.set(name, limiter);
    }
    return limiter;
  };
  app.addHook('onRoute', (route) => {
    if (route.config && 'rateLimit' in route.config) return; // a route that sets its own
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const name = methods.map((m) => limitOfRoute(m, route.url)).find((l) => l !== undefined);
    if (!name) return;
    // onRequest: counted before the body is read, so a refused upload costs nothing.
    const existing = route.onRequest;
    route.onRequest = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), limiterOf(name)] as RouteOptions['onRequest'];
  });
}
