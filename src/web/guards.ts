/**
 * Who may open a page, and the CSRF check of every form post, stated once per
 * group of pages instead of in each handler. A page registered inside
 * `officerPages` or `citizenPages` runs only for a signed-in person (others are
 * sent to sign in and brought back), and reads them with `officerOf` /
 * `citizenOf`; every POST in any group carries a valid CSRF token or gets the
 * 403 page before its handler runs.
 *
 * Multipart forms (uploads) carry the token in the action URL (`?_csrf=`): the
 * body is a stream the handler reads later, and the token must be checked
 * before any byte of it is stored.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.ts';
import type { App } from '../platform/http/server.ts';
import type { Audience, WebSession } from '../platform/http/web-sessions.ts';
import { currentOfficer, type Officer, type OfficerSessionData } from './backoffice/officer-session.ts';
import { currentCitizen, type Citizen } from './portal/citizen-session.ts';
import type { WebDeps } from './web-deps.ts';
import { seeOther } from './web-page.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the officer guard: the signed-in officer (a desk officer on intake pages). */
    officer: Officer | null;
    /** Set by the citizen guard. */
    citizen: Citizen | null;
  }
}

/** Narrows the signed-in officer further (admin, desk, overview) or refuses with 404/403. */
export type Admit<O extends Officer> = (officer: Officer, request: FastifyRequest) => Promise<O>;

export function decorateGuards(app: App): void {
  app.decorateRequest('officer', null);
  app.decorateRequest('citizen', null);
}

/** The CSRF token a post carries: a form field, or the action URL's `_csrf` for multipart uploads. */
function submittedToken(request: FastifyRequest): unknown {
  if (request.isMultipart()) return (request.query as Record<string, unknown> | undefined)?._csrf;
  return (request.body as Record<string, unknown> | undefined)?._csrf;
}

async function checkCsrf(deps: WebDeps, audience: Audience, request: FastifyRequest): Promise<void> {
  if (request.method !== 'POST') return;
  if (!(await deps.sessions.csrfValid(request, audience, submittedToken(request)))) throw new AppError(403, 'web.csrfRejected');
}

/** Pages anyone may open (catalogue, sign-in); their posts still carry the anonymous CSRF token. */
export async function publicPages(app: App, deps: WebDeps, audience: Audience, register: (scope: App) => void): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.addHook('preHandler', async (request) => checkCsrf(deps, audience, request));
    register(scope);
  });
}

/** Back-office pages: a signed-in officer (second factor done), admitted by `admit` when given. */
export async function officerPages<O extends Officer = Officer>(app: App, deps: WebDeps, register: (scope: App) => void, admit?: Admit<O>): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.addHook('preHandler', async (request, reply) => {
      const officer = await currentOfficer(deps, request);
      if (!officer) {
        const next = request.method === 'GET' ? request.url : '/can-bo';
        return seeOther(reply, `/can-bo/dang-nhap?next=${encodeURIComponent(next)}`);
      }
      request.officer = admit ? await admit(officer, request) : officer;
      await checkCsrf(deps, 'backoffice', request);
      return undefined;
    });
    register(scope);
  });
}

/** Portal pages for a signed-in citizen (acting for themselves or an organisation). */
export async function citizenPages(app: App, deps: WebDeps, register: (scope: App) => void): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.addHook('preHandler', async (request, reply) => {
      const citizen = await currentCitizen(deps, request);
      if (!citizen) {
        const next = request.method === 'GET' ? request.url : '/ho-so-cua-toi';
        return seeOther(reply, `/dang-nhap?next=${encodeURIComponent(next)}`);
      }
      request.citizen = citizen;
      await checkCsrf(deps, 'portal', request);
      return undefined;
    });
    register(scope);
  });
}

/** The officer the guard admitted; only called from pages registered inside `officerPages`. */
export function officerOf<O extends Officer = Officer>(request: FastifyRequest): O {
  if (!request.officer) throw new Error(`officerOf outside officerPages: ${request.url}`);
  return request.officer as O;
}

/** The citizen the guard admitted; only called from pages registered inside `citizenPages`. */
export function citizenOf(request: FastifyRequest): Citizen {
  if (!request.citizen) throw new Error(`citizenOf outside citizenPages: ${request.url}`);
  return request.citizen;
}

/**
 * A narrower group inside `officerPages` (administration, desk intake, the
 * overview): `admit` turns the officer into the group's kind or refuses.
 */
export async function admittedPages<O extends Officer>(app: App, admit: Admit<O>, register: (scope: App) => void): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.addHook('preHandler', async (request) => {
      request.officer = await admit(officerOf(request), request);
    });
    register(scope);
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the pending-officer guard: the session whose password step is done and whose code is still owed. */
    pendingOfficer: WebSession<OfficerSessionData> | null;
  }
}

/**
 * The sign-in code page (and anything else that needs "password done, code
 * pending"): without such a session a request is sent back to the password
 * page — a POST too, before its CSRF token is weighed, since the session that
 * token belonged to may have just ended (five wrong codes, ten minutes).
 */
export async function pendingOfficerPages(app: App, deps: WebDeps, register: (scope: App) => void): Promise<void> {
  await app.register(async (instance) => {
    const scope = instance as unknown as App;
    scope.decorateRequest('pendingOfficer', null);
    scope.addHook('preHandler', async (request, reply) => {
      const session = await deps.sessions.read<OfficerSessionData>(request, 'backoffice');
      if (!session || session.data.secondFactorDone) return seeOther(reply, '/can-bo/dang-nhap');
      request.pendingOfficer = session;
      await checkCsrf(deps, 'backoffice', request);
      return undefined;
    });
    register(scope);
  });
}

/** The pending session the guard admitted; only called from pages registered inside `pendingOfficerPages`. */
export function pendingOfficerOf<D extends OfficerSessionData = OfficerSessionData>(request: FastifyRequest): WebSession<D> {
  if (!request.pendingOfficer) throw new Error(`pendingOfficerOf outside pendingOfficerPages: ${request.url}`);
  return request.pendingOfficer as WebSession<D>;
}
