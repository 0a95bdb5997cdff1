/**
 * Files over HTTP: reading the one file part of a multipart request as a
 * stream (never buffered whole), and sending stored bytes back with the right
 * type, a Vietnamese-safe file name and no caching of personal papers.
 *
 * A broken multipart body (cut off, no boundary, a malformed part header) is
 * the caller's fault: it becomes a 400 `upload.malformed`, never a 500, and a
 * body declared larger than the limit is refused before a byte of it is read.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../errors.ts';
import { contentDisposition } from '../storage/index.ts';
import { asMultipartError, refuseDeclaredOversize } from './multipart-errors.ts';

export interface FilePart {
  stream: Readable;
  fileName: string;
}

/** `maxBytes`: the file limit of this upload, when known; a larger Content-Length is refused at once. */
export async function readFilePart(request: FastifyRequest, maxBytes?: number): Promise<FilePart> {
  if (!request.isMultipart()) throw new AppError(415, 'documents.notMultipart');
  if (maxBytes !== undefined) refuseDeclaredOversize(request, maxBytes);
  let part;
  try {
    part = await request.file();
  } catch (error) {
    throw asMultipartError(error);
  }
  if (!part || part.fieldname !== 'file') {
    part?.file.resume();
    throw new ValidationError([{ path: ['file'], key: 'documents.noFile' }]);
  }
  if (part.file.destroyed && !part.file.readableEnded) {
    // The parser may have failed the part before anyone listened (a body cut off right after the part's head).
    part.file.resume();
    throw asMultipartError(part.file.errored ?? new Error('Unexpected end of multipart data'));
  }
  return { stream: translatedErrors(part.file), fileName: part.filename || 'tep-tin' };
}

/**
 * The part's own stream fails with the parser's plain errors ("Unexpected end of
 * multipart data"); whoever reads it gets them as 400 `upload.malformed` instead.
 */
function translatedErrors(source: Readable): Readable {
  const out = new PassThrough();
  // The part may fail before its reader attaches (the route still awaits a mkdir): without a listener that
  // 'error' would be an uncaught exception. The reader still sees it — pipeline() reports an errored stream.
  out.on('error', () => undefined);
  source.on('error', (error) => out.destroy(asMultipartError(error) as Error));
  // Destroying the output (a size limit reached) stops the source too.
  out.on('close', () => {
    if (!source.readableEnded) source.destroy();
  });
  source.pipe(out);
  return out;
}

/** Reads a small multipart file whole (verification uploads), refusing past the limit. */
export async function readSmallFilePart(request: FastifyRequest, maxBytes: number): Promise<{ bytes: Buffer; fileName: string }> {
  const { stream, fileName } = await readFilePart(request, maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new AppError(413, 'error.bodyTooLarge');
    }
    chunks.push(chunk as Buffer);
  }
  return { bytes: Buffer.concat(chunks), fileName };
}

export function sendFile(reply: FastifyReply, file: { stream: Readable; fileName: string; contentType: string; size?: number | undefined }, inline = false) {
  reply.header('content-type', file.contentType);
  reply.header('content-disposition', contentDisposition(file.fileName, inline));
  reply.header('cache-control', 'private, no-store');
  if (file.size !== undefined) reply.header('content-length', String(file.size));
  return reply.send(file.stream);
}
