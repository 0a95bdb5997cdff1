/**
 * Maps every error to a clear HTTP answer. Known errors become 4xx with a
 * localized message and field paths; anything unexpected becomes a 500 that
 * names a request id and reveals nothing else.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, UnprocessableError, ValidationError, type FieldIssue } from '../errors.ts';
import { isDatabaseUnavailable } from '../db/database.ts';
import { localeFromHeader, t, type MessageKey } from '../i18n/index.ts';
import { asMultipartError, isMultipartError } from './multipart-errors.ts';
import { renderIssue, toFieldIssue } from './validation-issues.ts';
import { RequestValidationError } from './zod-validator.ts';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    requestId: string;
    [extra: string]: unknown;
  };
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  key: MessageKey,
  params: Record<string, string | number> = {},
  issues: FieldIssue[] = [],
  details: Record<string, unknown> = {},
): FastifyReply {
  const locale = localeFromHeader(request.headers['accept-language']);
  const body: ErrorBody = {
    error: {
      code: key,
      message: t(locale, key, params),
      ...(issues.length > 0 ? { issues: issues.map((i) => renderIssue(locale, i)) } : {}),
      ...details,
      requestId: request.id,
    },
  };
  return reply.code(status).header('content-language', locale).send(body);
}

/** For errors Fastify raises before routing (bad URL encoding and the like). */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  // Hooks do not run for these, so the request id header is set here.
  reply.header('x-request-id', request.id);
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') void send(request, reply, 414, 'error.uriTooLong');
  else void send(request, reply, 400, 'error.badUrl');
}

/** What a 503 for an unreachable database tells clients to wait: about one connect timeout plus a margin. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

const requestParts = new Set(['body', 'querystring', 'params', 'headers']);

/** What an error means for the caller, whatever the response format (JSON here, HTML pages in src/web). */
export interface ErrorDescription {
  status: number;
  key: MessageKey;
  params: Record<string, string | number>;
  issues: FieldIssue[];
  details: Record<string, unknown>;
}

export function describeError(error: FastifyError | Error, request: FastifyRequest): ErrorDescription {
  const d = (status: number, key: MessageKey, params: Record<string, string | number> = {}, issues: FieldIssue[] = [], details: Record<string, unknown> = {}): ErrorDescription => ({ status, key, params, issues, details });
  if (error instanceof RequestValidationError) {
    const context = error.validationContext ?? 'body';
    const issues = error.issues.map((i) => toFieldIssue(i, [context]));
    return d(400, 'error.validation', { count: issues.length }, issues);
  }
  if (error instanceof ValidationError) {
    // Commands name body fields without the prefix route validation uses; one field, one path.
    const issues = error.issues.map((i) => (requestParts.has(String(i.path[0])) ? i : { ...i, path: ['body', ...i.path] }));
    return d(error.status, error.key, { count: issues.length, ...error.params }, issues, error.details);
  }
  if (error instanceof UnprocessableError) {
    return d(error.status, error.key, { count: error.issues.length, ...error.params }, error.issues, error.details);
  }
  if (error instanceof AppError) return d(error.status, error.key, error.params, [], error.details);
  // A broken multipart body read by any page or route (the parser's errors carry no status of their own).
  if (isMultipartError(error)) return describeError(asMultipartError(error) as AppError, request);
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return d(400, fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'error.emptyBody' : 'error.badJson');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return d(413, 'error.bodyTooLarge');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return d(415, 'error.unsupportedMediaType', { type: String(request.headers['content-type'] ?? '').slice(0, 80) });
  }
  if (isDatabaseUnavailable(error)) {
    // Not our bug and not the caller's: the database is down or out of connections. Nothing was
    // committed (the transaction did not finish), so the client may safely retry (ADR 0024).
    request.log.warn({ err: error }, 'database unavailable');
    return d(503, 'error.databaseUnavailable', { seconds: DATABASE_RETRY_AFTER_SECONDS });
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Other client errors raised by Fastify (malformed URL, bad header, …): say what, in our words.
    return d(fe.statusCode, 'error.badRequest', { detail: fe.code ?? 'request' });
  }
  request.log.error({ err: error }, 'unhandled error');
  return d(500, 'error.internal', { requestId: request.id });
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const e = describeError(error, request);
  if (e.key === 'error.databaseUnavailable') reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
  return send(request, reply, e.status, e.key, e.params, e.issues, e.details);
}
