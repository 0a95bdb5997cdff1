/** Small pieces every module's routes share: error shapes for the OpenAPI document and the caller's language. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localeFromHeader, type Locale } from '../i18n/index.ts';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable message key, e.g. dossier.illegalAction'),
      message: z.string().describe('Plain-language message (Vietnamese, or English with Accept-Language: en)'),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      allowedActions: z.array(z.object({ id: z.string(), type: z.string(), to: z.string().nullable() })).optional(),
      guards: z.array(z.string()).optional().describe('With dossier.actionNotPermitted (403): the keys of the conditions not met'),
      version: z.number().int().optional().describe('With dossier.staleVersion (409): the current version, to send back as expectedVersion'),
      requestId: z.string(),
    }),
  })
  .describe('Error');

export const errors = {
  400: ErrorBody.describe('Invalid input: each problem has a field path and a message'),
  404: ErrorBody.describe('Not found (also when the caller may not know it exists)'),
};
export const authErrors = {
  ...errors,
  401: ErrorBody.describe('Not signed in, or the token expired'),
  403: ErrorBody.describe('Signed in but not allowed'),
};
export const commandErrors = {
  ...authErrors,
  409: ErrorBody.describe('Not possible in the current state; lists the allowed actions'),
  422: ErrorBody.describe('Well-formed but against a business rule, or an Idempotency-Key reused for another request'),
};

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('Unique per operation (8–128 characters); a replay returns the original response'),
});

export function localeOf(request: FastifyRequest): Locale {
  return localeFromHeader(request.headers['accept-language']);
}
