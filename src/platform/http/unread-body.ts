/**
 * An answer sent before the request body was read to its end — a 413 in the
 * middle of an upload, a 401 or 404 before a file was looked at — must not
 * leave the rest of that body on a keep-alive connection: the parser would wait
 * for it before reading the next request, and the client would wait for an
 * answer that never comes (the drill saw 73 s, until a reset).
 *
 * What has already arrived is read and discarded, so the connection can carry
 * the next request; when more is still on its way, the answer also says
 * `Connection: close` and Node closes the socket once it is sent — nothing here
 * waits for a client that keeps sending.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The request came with a body that nobody read to its end. */
export function bodyLeftUnread(request: FastifyRequest): boolean {
  const raw = request.raw;
  const hasBody = (raw.headers['content-length'] !== undefined && raw.headers['content-length'] !== '0') || raw.headers['transfer-encoding'] !== undefined;
  return hasBody && !raw.readableEnded && !raw.destroyed;
}

/** onSend hook: see the module comment. */
export async function closeIfBodyUnread(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!bodyLeftUnread(request)) return;
  // `complete`: the whole body has arrived (it waits in the stream's buffer) — draining it is enough to
  // keep the connection. Otherwise the client may still be sending megabytes: close once answered.
  if (!request.raw.complete) reply.header('connection', 'close');
  discardRest(request);
}

export function discardRest(request: FastifyRequest): void {
  const raw = request.raw;
  // Whoever was reading (the multipart parser) has stopped; take the stream over and let it flow to nowhere.
  raw.unpipe();
  raw.removeAllListeners('data');
  raw.on('data', () => undefined);
  raw.on('error', () => undefined);
  raw.resume();
}
