/**
 * The Fastify instance shared by every route: zod validation (unknown keys
 * rejected by the schemas themselves), one error handler, request ids, basic
 * security headers, and the OpenAPI 3.1 document generated from the same zod
 * schemas that validate requests.
 */
import { randomUUID } from 'node:crypto';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { NotFoundError } from '../errors.ts';
import { acceptableRequestId, withRequestId, type Logger } from '../logger.ts';
import { installEarlySizeCheck } from './early-size-check.ts';
import { errorHandler, frameworkErrorHandler } from './error-handler.ts';
import { installGracefulClose } from './graceful-close.ts';
import { contractTransform, refuseNonJsonBody } from './openapi-contract.ts';
import { refuseUnstorableCharacters } from './input-hygiene.ts';
import { closeIfBodyUnread } from './unread-body.ts';
import { zodValidatorCompiler } from './zod-validator.ts';

export type { ZodTypeProvider };

export interface ServerOptions {
  logger: Logger;
  version: string;
  publicUrl: string;
  bodyLimit?: number;
  /** Renders the 404 page for browsers (pages outside /api); JSON otherwise. */
  htmlNotFound?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | Promise<FastifyReply>;
  /** The largest file any upload may carry; the per-component limits are checked while streaming. */
  uploadMaxBytes?: number;
  /** Send Strict-Transport-Security (production: browsers then never try plain HTTP for a year). */
  hsts?: boolean;
  /** Whose X-Forwarded-For to believe for `request.ip` (MOTCUA_TRUST_PROXY; rate limits count per address). */
  trustProxy?: boolean | number | string[];
  /** After shutdown starts, how long open requests may take before their connections are closed (ADR 0020). */
  shutdownTimeoutMs?: number;
  /** Which routes rate-limit.ts limits (its `limitOfRoute`): the document lists 429 for them. */
  isRateLimited?: (method: string, url: string) => boolean;
}

/** A route as registered (the fuzz test and the documentation walk every one). */
export interface RouteEntry {
  method: string;
  url: string;
}

/** The pages' policy (src/web/web-page.ts sets the same on the pages it sends): no inline script, nothing from elsewhere, never framed. */
export const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
/** Data is never a page: a JSON answer opened in a browser runs nothing and cannot be framed. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** One year; subdomains are left out because a province's other services may share the domain without HTTPS. */
const HSTS = 'max-age=31536000';

export async function createHttpServer(opts: ServerOptions) {
  const app = Fastify({
    loggerInstance: opts.logger,
    // Request lines would log URLs with dossier codes and personal ids; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    // A hop count trusts that many proxies nearest to us (Fastify's own rule; its types take only the function form).
    trustProxy: typeof opts.trustProxy === 'number' ? ((hops) => (_address: string, hop: number) => hop < hops)(opts.trustProxy) : (opts.trustProxy ?? false),
    // A proxy's X-Request-Id is kept when it is well-formed, so one id follows the request across tiers;
    // otherwise (or when absent) we make our own. Returned in the response's x-request-id either way.
    genReqId: (req) => acceptableRequestId(req.headers['x-request-id']) ?? randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (a malformed URL) get the same JSON shape.
    frameworkErrors: frameworkErrorHandler,
    // Our own 503 while shutting down, in motcua's error format (graceful-close.ts).
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  const routes: RouteEntry[] = [];
  app.decorate('routeTable', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  installGracefulClose(app, opts.shutdownTimeoutMs ?? 15_000);
  installEarlySizeCheck(app, opts.uploadMaxBytes ?? 20 * 1024 * 1024);
  // An answer that leaves part of the request body unread closes the connection (unread-body.ts).
  app.addHook('onSend', closeIfBodyUnread);

  app.setValidatorCompiler(zodValidatorCompiler);
  // Presenters already allow-list every field; responses are serialised as they are (tests check them against the schemas).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.addHook('preValidation', refuseNonJsonBody);
  app.addHook('preValidation', refuseUnstorableCharacters);
  app.setNotFoundHandler((request, reply) => {
    if (opts.htmlNotFound && wantsHtml(request)) return opts.htmlNotFound(request, reply);
    throw Object.assign(new NotFoundError('error.routeNotFound', { method: request.method, url: request.url.split('?')[0] ?? '' }));
  });

  // Everything the request does from here runs in its request-id scope: outbox events and jobs it
  // writes record the id, so the worker's log lines name it too (ADR 0024). Callback style, because
  // the scope must wrap the rest of the request's lifecycle, which Fastify continues from done().
  app.addHook('onRequest', (request, _reply, done) => withRequestId(request.id, done));

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // Every page gets a policy even when its route set none (error pages, the verification page's
    // refusals, plugins' answers), and JSON a policy that loads and frames nothing. Other types (PDFs,
    // images) get none: Chromium's PDF viewer stops rendering under object-src 'none'.
    if (!reply.hasHeader('content-security-policy')) {
      const type = String(reply.getHeader('content-type') ?? '');
      if (type.startsWith('text/html')) reply.header('content-security-policy', PAGE_CSP);
      else if (type.startsWith('application/json') || type.startsWith('text/plain')) reply.header('content-security-policy', DATA_CSP);
    }
    if (opts.hsts) reply.header('strict-transport-security', HSTS);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'motcua API',
        version: opts.version,
        description:
          'REST API của Hệ thống thông tin giải quyết thủ tục hành chính motcua. ' +
          'Errors are JSON `{error:{code,message,issues?,requestId}}`; messages are Vietnamese unless `Accept-Language: en`. ' +
          'Every state-changing operation accepts an `Idempotency-Key` header: a replay returns the original response.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: opts.publicUrl }],
      // Deny by default, as the guard does: each operation states its own (public ones `[]`).
      security: [{ bearer: [] }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Officer session token or API client token.' },
        },
      },
    },
    // Security, operation ids, derived error statuses, file answers and uploads (openapi-contract.ts).
    transform: contractTransform({ skipList: ['/api/v1/openapi.json'], uploadMaxBytes: opts.uploadMaxBytes ?? 20 * 1024 * 1024, isRateLimited: opts.isRateLimited }),
    transformObject: jsonSchemaTransformObject,
  });

  // Pages, styles, scripts and JSON above 1 KiB are sent compressed to clients that accept it (issue 21):
  // brotli at a middle quality (the default, 11, costs the event loop far more than it saves on the wire),
  // else gzip. Types that are compressed already (PDF, images) are left as they are.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  // Multipart only for routes that read a file part; parts are streamed, never attached to the body.
  await app.register(fastifyMultipart, {
    limits: { fileSize: (opts.uploadMaxBytes ?? 20 * 1024 * 1024) + 1, files: 1, fields: 10, parts: 11, fieldSize: 4096 },
  });

  // The server-rendered pages read cookies (sessions, CSRF) and plain HTML form posts.
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });

  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  return app;
}

export type App = Awaited<ReturnType<typeof createHttpServer>>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, in order (HEAD routes Fastify adds included). */
    routeTable: readonly RouteEntry[];
  }
}

/** A browser asking for a page (not the API): gets HTML errors. */
export function wantsHtml(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
}
