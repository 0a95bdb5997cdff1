/**
 * Authorisation as data. Each module states its permissions once, in its
 * `*.policy.ts`, as rules of (actor, target); `authorize` refuses whatever no
 * rule allows — an unknown permission included (deny by default).
 */
import type { CommandContext } from '../../platform/commands/command-context.ts';
import { ForbiddenError } from '../../platform/errors.ts';
import type { Actor } from './actor.ts';

/** The context every use case receives: the platform's, with the actor as this system knows it. */
export type Ctx = CommandContext<Actor>;

export type Rule<T> = (actor: Actor, target: T) => boolean;

export type Authorize<R extends Record<string, Rule<never>>> = <P extends keyof R & string>(actor: Actor, permission: P, target: Parameters<R[P]>[1]) => void;

export function definePolicy<R extends Record<string, Rule<never>>>(rules: R): Authorize<R> {
  return (actor, permission, target) => {
    const rule = Object.hasOwn(rules, permission) ? (rules[permission] as Rule<typeof target>) : undefined;
    if (!rule || !rule(actor, target)) throw new ForbiddenError();
  };
}

/** True when the actor administers every one of these agencies (and holds ADMIN somewhere when none is named). */
export function administers(actor: Actor, agencyIds: readonly string[]): boolean {
  const scope = actor.scope.get('ADMIN');
  return scope !== undefined && scope.size > 0 && agencyIds.every((a) => scope.has(a));
}
