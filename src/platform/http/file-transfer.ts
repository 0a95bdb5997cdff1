/**
 * Files over HTTP: reading the one file part of a multipart request as a
 * stream (never buffered whole), and sending stored bytes back with the right
 * type, a Vietnamese-safe file name and no caching of personal papers.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../errors.ts';
import { contentDisposition } from '../storage/index.ts';

export interface FilePart {
  stream: Readable;
  fileName: string;
}

export async function readFilePart(request: FastifyRequest): Promise<FilePart> {
  if (!request.isMultipart()) throw new AppError(415, 'documents.notMultipart');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw new ValidationError([{ path: ['file'], key: 'documents.noFile' }]);
  return { stream: part.file, fileName: part.filename || 'tep-tin' };
}

/** Reads a small multipart file whole (verification uploads), refusing past the limit. */
export async function readSmallFilePart(request: FastifyRequest, maxBytes: number): Promise<{ bytes: Buffer; fileName: string }> {
  const { stream, fileName } = await readFilePart(request);
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
