/**
 * The Fastify instance shared by every route: zod validation (unknown keys
 * rejected by the schemas themselves), one error handler, request ids, basic
 * security headers, and the OpenAPI 3.1 document generated from the same zod
 * schemas that validate requests.
 */
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { createJsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { NotFoundError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { errorHandler, frameworkErrorHandler } from './error-handler.ts';
import { refuseUnstorableCharacters } from './input-hygiene.ts';
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
}

export async function createHttpServer(opts: ServerOptions) {
  const app = Fastify({
    loggerInstance: opts.logger,
    // Request lines would log URLs with dossier codes and personal ids; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimit ?? 1024 * 1024,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    // Errors the router raises before any route runs (a malformed URL) get the same JSON shape.
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  // Presenters already allow-list every field; responses are serialised as they are (tests check them against the schemas).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.addHook('preValidation', refuseUnstorableCharacters);
  app.setNotFoundHandler((request, reply) => {
    if (opts.htmlNotFound && wantsHtml(request)) return opts.htmlNotFound(request, reply);
    throw Object.assign(new NotFoundError('error.routeNotFound', { method: request.method, url: request.url.split('?')[0] ?? '' }));
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
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
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'Officer session token or API client token.' },
        },
      },
    },
    transform: createJsonSchemaTransform({ skipList: ['/api/v1/openapi.json'] }),
    transformObject: jsonSchemaTransformObject,
  });

  // Multipart only for routes that read a file part; parts are streamed, never attached to the body.
  await app.register(fastifyMultipart, {
    limits: { fileSize: (opts.uploadMaxBytes ?? 20 * 1024 * 1024) + 1, files: 1, fields: 10, parts: 11, fieldSize: 4096 },
  });

  // The server-rendered pages read cookies (sessions, CSRF) and plain HTML form posts.
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}

export type App = Awaited<ReturnType<typeof createHttpServer>>;

/** A browser asking for a page (not the API): gets HTML errors. */
export function wantsHtml(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
}
