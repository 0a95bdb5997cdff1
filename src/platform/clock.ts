/**
 * Time comes from an injected clock so that deadlines, lockouts and tests are
 * deterministic. Vietnam has used UTC+7 without daylight saving since 1975, so
 * local civil time is a fixed offset; display uses Asia/Ho_Chi_Minh.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock for tests and simulations: starts at `start` and moves only when told. */
export class ManualClock implements Clock {
  #ms: number;
  constructor(start: Date | string) {
    this.#ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#ms);
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
}

export const VN_OFFSET_MINUTES = 7 * 60;
export const VN_OFFSET_MS = VN_OFFSET_MINUTES * 60_000;

/** ISO-8601 with the +07:00 offset, e.g. `2025-01-13T17:00:00+07:00`. */
export function toVnIso(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  const local = new Date(ms + VN_OFFSET_MS).toISOString(); // e.g. 2025-01-13T17:00:00.000Z in local wall time
  const frac = local.slice(19, 23) === '.000' ? '' : local.slice(19, 23);
  return `${local.slice(0, 19)}${frac}+07:00`;
}

/** The local civil date in Vietnam, 'YYYY-MM-DD'. */
export function vnLocalDate(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}
