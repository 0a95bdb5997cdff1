/**
 * What a broken multipart body means for the caller. The parser (busboy, under
 * @fastify/multipart) reports a cut-off or malformed body with plain errors —
 * "Unexpected end of multipart data", "Multipart: Boundary not found" — which
 * would otherwise reach the error handler as 500s. They are the sender's
 * fault: 400 `upload.malformed`. Parser limits (too many parts, a file past the
 * plugin's cap) are 413.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { UploadRefusedError } from '../storage/index.ts';

const MALFORMED_CODES = new Set(['FST_MP_PREMATURE_CLOSE', 'FST_INVALID_MULTIPART_CONTENT_TYPE', 'FST_PROTO_VIOLATION', 'FST_INVALID_JSON_FIELD_ERROR']);
const LIMIT_CODES = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);
// The parser's own messages (it gives its errors no code).
const PARSER_MESSAGE = /multipart|boundary|part header|terminated early|missing content-type|unsupported content type|unexpected end of (form|file)/i;

/** Room for the multipart framing around the file: part headers, boundaries and the (capped) form fields. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** True for the errors a malformed or over-limit multipart body raises. */
export function isMultipartError(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof AppError) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return MALFORMED_CODES.has(code) || LIMIT_CODES.has(code);
  return PARSER_MESSAGE.test(error.message);
}

/** The caller-facing error for a multipart failure; other errors (a full disk) pass unchanged. */
export function asMultipartError(error: unknown): unknown {
  if (!isMultipartError(error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && LIMIT_CODES.has(code)) return new AppError(413, 'error.bodyTooLarge');
  return new AppError(400, 'upload.malformed');
}

/** A body that says it is larger than the file limit allows is refused before it is read (the 413 comes at once). */
export function refuseDeclaredOversize(request: FastifyRequest, maxBytes: number): void {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES) {
    throw new UploadRefusedError('upload.tooLarge', { maxMb: Math.round((maxBytes / (1024 * 1024)) * 10) / 10 }, 413);
  }
}
