/**
 * Cookie sessions for the server-rendered pages, and the CSRF tokens that go
 * with them. A session is a database row keyed by the SHA-256 of a random
 * cookie secret: revocable, shared by every web process, never readable from
 * the cookie alone. Each audience has its own cookie and path, so a portal
 * session never reaches the back office. Expiry slides with use (idle limit)
 * under an absolute cap; a new sign-in always gets a new id (no fixation).
 *
 * CSRF: forms carry `_csrf`; signed in, it must equal the session's token;
 * before sign-in it must equal a random HttpOnly cookie (double submit).
 * A cross-site Origin header is refused whatever the token says.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import { safeEqual, sha256Hex } from '../crypto/hashing.ts';
import type { Db, Executor } from '../db/database.ts';
import { webSessions } from './web-sessions.tables.ts';

export type Audience = 'portal' | 'backoffice';

export interface WebSession<D extends object = Record<string, unknown>> {
  idHash: string;
  audience: Audience;
  subject: string;
  data: D;
  csrf: string;
  expiresAt: Date;
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
  /** Secure cookies: on whenever the public URL is https. */
  secure: boolean;
}

const cookieNames: Record<Audience, string> = { portal: 'mc_portal', backoffice: 'mc_office' };
const cookiePaths: Record<Audience, string> = { portal: '/', backoffice: '/can-bo' };
const ANON_CSRF_COOKIE = 'mc_csrf';
/** last_seen_at is written at most this often, so reading a page is not a write. */
const TOUCH_EVERY_MS = 60_000;

const newSecret = (): string => randomBytes(32).toString('base64url');

export class WebSessions {
  readonly #memo = new WeakMap<FastifyRequest, Map<Audience, WebSession | null>>();
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #policy: SessionPolicy;

  constructor(db: Db, clock: Clock, policy: SessionPolicy) {
    this.#db = db;
    this.#clock = clock;
    this.#policy = policy;
  }

  #cookieOptions(audience: Audience, maxAgeSeconds?: number) {
    return {
      path: cookiePaths[audience],
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.#policy.secure,
      ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
    };
  }

  /** Starts a fresh session (any earlier one of this browser and audience is ended first). */
  async start<D extends object>(request: FastifyRequest, reply: FastifyReply, audience: Audience, subject: string, data: D): Promise<WebSession<D>> {
    await this.end(request, reply, audience);
    const secret = newSecret();
    const now = this.#clock.now();
    const expiresAt = new Date(now.getTime() + this.#policy.absoluteHours * 3_600_000);
    const row = { idHash: sha256Hex(secret), audience, subject, data: data as Record<string, unknown>, csrf: newSecret(), createdAt: now, lastSeenAt: now, expiresAt };
    await this.#db.insert(webSessions).values(row);
    reply.setCookie(cookieNames[audience], secret, this.#cookieOptions(audience));
    const session: WebSession<D> = { idHash: row.idHash, audience, subject, data, csrf: row.csrf, expiresAt };
    this.#remember(request, audience, session as WebSession);
    return session;
  }

  /** The request's live session of this audience, or undefined (expired and idle sessions are gone). */
  async read<D extends object = Record<string, unknown>>(request: FastifyRequest, audience: Audience): Promise<WebSession<D> | undefined> {
    const memo = this.#memo.get(request)?.get(audience);
    if (memo !== undefined) return (memo ?? undefined) as WebSession<D> | undefined;
    const secret = request.cookies[cookieNames[audience]];
    let session: WebSession | null = null;
    if (secret && secret.length <= 100) {
      const now = this.#clock.now();
      const idleCutoff = new Date(now.getTime() - this.#policy.idleMinutes * 60_000);
      const [row] = await this.#db
        .select()
        .from(webSessions)
        .where(and(eq(webSessions.idHash, sha256Hex(secret)), eq(webSessions.audience, audience), gt(webSessions.expiresAt, now), gt(webSessions.lastSeenAt, idleCutoff)))
        .limit(1);
      if (row) {
        session = { idHash: row.idHash, audience, subject: row.subject, data: row.data, csrf: row.csrf, expiresAt: row.expiresAt };
        if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
          await this.#db.update(webSessions).set({ lastSeenAt: now }).where(eq(webSessions.idHash, row.idHash));
        }
      }
    }
    this.#remember(request, audience, session);
    return (session ?? undefined) as WebSession<D> | undefined;
  }

  /** Replaces the session's data (e.g. the organisation a citizen now acts for). */
  async save<D extends object>(session: WebSession<D>, data: D): Promise<void> {
    session.data = data;
    await this.#db.update(webSessions).set({ data: data as Record<string, unknown> }).where(eq(webSessions.idHash, session.idHash));
  }

  async end(request: FastifyRequest, reply: FastifyReply, audience: Audience): Promise<void> {
    const secret = request.cookies[cookieNames[audience]];
    if (secret && secret.length <= 100) await this.#db.delete(webSessions).where(eq(webSessions.idHash, sha256Hex(secret)));
    if (secret !== undefined) reply.clearCookie(cookieNames[audience], { path: cookiePaths[audience] });
    this.#remember(request, audience, null);
  }

  /** Ends every session of one person (an officer deactivated, a password changed). */
  async endAllFor(audience: Audience, subject: string): Promise<void> {
    await endSessionsOf(this.#db, audience, subject);
  }

  async purgeExpired(): Promise<void> {
    await this.#db.delete(webSessions).where(lt(webSessions.expiresAt, this.#clock.now()));
  }

  /** The token a form must carry: the session's own, or (before sign-in) the browser's double-submit cookie. */
  async csrfToken(request: FastifyRequest, reply: FastifyReply, audience: Audience): Promise<string> {
    const session = await this.read(request, audience);
    if (session) return session.csrf;
    const existing = request.cookies[ANON_CSRF_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
    const fresh = newSecret();
    reply.setCookie(ANON_CSRF_COOKIE, fresh, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.#policy.secure });
    // Later reads in this request see the new cookie too.
    request.cookies[ANON_CSRF_COOKIE] = fresh;
    return fresh;
  }

  /** Whether a submitted form's token is the right one and the post did not come from another site. */
  async csrfValid(request: FastifyRequest, audience: Audience, submitted: unknown): Promise<boolean> {
    if (!sameOrigin(request)) return false;
    if (typeof submitted !== 'string' || submitted.length === 0 || submitted.length > 100) return false;
    const session = await this.read(request, audience);
    const expected = session ? session.csrf : request.cookies[ANON_CSRF_COOKIE];
    return typeof expected === 'string' && safeEqual(expected, submitted);
  }

  #remember(request: FastifyRequest, audience: Audience, session: WebSession | null): void {
    let m = this.#memo.get(request);
    if (!m) this.#memo.set(request, (m = new Map()));
    m.set(audience, session);
  }
}

/**
 * Ends every session of one person inside the caller's transaction, so the
 * change that requires it (a second factor reset) and the sign-out commit
 * together. Returns how many sessions were ended.
 */
export async function endSessionsOf(tx: Executor, audience: Audience, subject: string): Promise<number> {
  const rows = await tx.delete(webSessions).where(and(eq(webSessions.audience, audience), eq(webSessions.subject, subject))).returning({ idHash: webSessions.idHash });
  return rows.length;
}

/** Browsers send Origin on cross-site posts; when present it must name this host. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
