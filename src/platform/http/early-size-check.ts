/**
 * An oversized upload gets its 413 at once, before its body is read — not
 * after the client has sent 26 MB (or, with `Expect: 100-continue`, instead of
 * the `100 Continue` that would invite it to). The limit here is the largest
 * body any route accepts; routes with a smaller file limit check theirs when
 * they open the file part (file-transfer.ts).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, RawServerDefault } from 'fastify';

// Any logger and type provider: these hooks read neither.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyApp = FastifyInstance<RawServerDefault, any, any, any, any>;
import { AppError } from '../errors.ts';
import { localeFromHeader, t } from '../i18n/index.ts';
import { UploadRefusedError } from '../storage/index.ts';
import { MULTIPART_OVERHEAD_BYTES } from './multipart-errors.ts';

function declaredLength(headers: IncomingMessage['headers']): number | undefined {
  const declared = Number(headers['content-length']);
  return headers['content-length'] !== undefined && Number.isFinite(declared) ? declared : undefined;
}

function maxMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

export function installEarlySizeCheck(app: AnyApp, uploadMaxBytes: number): void {
  const largestBody = uploadMaxBytes + MULTIPART_OVERHEAD_BYTES;

  // Node answers `100 Continue` by itself unless someone listens for this event; then the decision is ours.
  app.server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    const declared = declaredLength(req.headers);
    if (declared !== undefined && declared > largestBody) {
      refuseBeforeRouting(req, res, uploadMaxBytes);
      return;
    }
    res.writeContinue();
    app.server.emit('request', req, res);
  });

  // Without `Expect`, the body is already on its way; refuse it before reading (unread-body.ts closes the connection).
  app.addHook('onRequest', async (request) => {
    const declared = declaredLength(request.headers);
    if (declared !== undefined && declared > largestBody) {
      if (/^multipart\//i.test(request.headers['content-type'] ?? '')) throw new UploadRefusedError('upload.tooLarge', { maxMb: maxMb(uploadMaxBytes) }, 413);
      throw new AppError(413, 'error.bodyTooLarge');
    }
  });
}

/** The refusal in motcua's error format, written before Fastify sees the request (nothing of the body was read). */
function refuseBeforeRouting(req: IncomingMessage, res: ServerResponse, uploadMaxBytes: number): void {
  const locale = localeFromHeader(req.headers['accept-language']);
  const requestId = randomUUID();
  const body = JSON.stringify({ error: { code: 'upload.tooLarge', message: t(locale, 'upload.tooLarge', { maxMb: maxMb(uploadMaxBytes) }), requestId } });
  res.writeHead(413, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'content-language': locale,
    'x-request-id': requestId,
    'x-content-type-options': 'nosniff',
    connection: 'close',
  });
  res.end(body);
  // The client was told not to send the body; anything it sends anyway is discarded until the socket closes.
  req.resume();
}
