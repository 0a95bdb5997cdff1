/**
 * Bearer tokens → Actor. Tokens are random secrets stored only as SHA-256.
 * A short in-process cache (30 s) keeps authentication off the hot path; a
 * revoked token therefore stops working within 30 s in other processes and at
 * once in the process that revoked it.
 */
import { vnLocalDate as localDate, type Clock } from '../../platform/clock.ts';
import { sha256Hex } from '../../platform/crypto/hashing.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from './actor.ts';
import { buildActor } from './actor-builder.ts';
import type { AgencyTreeSource } from './agency-tree.ts';
import { findTokenPrincipal } from './identity.repo.ts';

const CACHE_MS = 30_000;
const CACHE_MAX = 10_000;

export class Authenticator {
  readonly #cache = new Map<string, { actor: Actor; until: number }>();
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #agencies: AgencyTreeSource;

  constructor(db: Db, clock: Clock, agencies: AgencyTreeSource) {
    this.#db = db;
    this.#clock = clock;
    this.#agencies = agencies;
  }

  async authenticate(token: string): Promise<Actor | undefined> {
    const key = sha256Hex(token);
    // The injected clock, not wall time: an expired token must stop working the moment the clock says so.
    const now = this.#clock.now();
    const hit = this.#cache.get(key);
    if (hit && hit.until > now.getTime()) return hit.actor;
    const principal = await findTokenPrincipal(this.#db, key, now, localDate(now));
    if (!principal) {
      this.#cache.delete(key);
      return undefined;
    }
    const isOfficer = principal.officerId !== null;
    if (isOfficer ? !principal.officerActive : !principal.clientActive) return undefined;
    const snapshot = await this.#agencies.current();
    const actor = buildActor(
      isOfficer ? 'officer' : 'client',
      (principal.officerId ?? principal.clientId)!,
      (isOfficer ? principal.officerName : principal.clientName) ?? '',
      principal.grants,
      snapshot,
    );
    if (this.#cache.size >= CACHE_MAX) this.#cache.clear();
    const tokenExpiry = principal.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
    this.#cache.set(key, { actor, until: Math.min(now.getTime() + CACHE_MS, tokenExpiry) });
    return actor;
  }

  forget(token: string): void {
    this.#cache.delete(sha256Hex(token));
  }
}
