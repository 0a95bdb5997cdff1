/** The caller of an API request, as the bearer-token hook (routes.ts) left it on the request. */
import type { FastifyRequest } from 'fastify';
import { UnauthorizedError } from '../../platform/errors.ts';
import type { Actor } from './actor.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    token: string | null;
  }
}

/** The signed-in caller, or 401. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError(request.token ? 'error.tokenInvalid' : 'error.unauthorized');
  return request.actor;
}
