/**
 * Shutdown with a deadline. Closing the server waits for every open
 * connection, and one stalled upload would keep a SIGTERM waiting forever.
 * From the moment shutdown starts, new requests get a 503 in motcua's error
 * format with `Connection: close` (Fastify's own 503 has another shape); after
 * `timeoutMs`, connections still open are closed.
 */
import type { FastifyInstance, RawServerDefault } from 'fastify';

// Any logger and type provider: these hooks read neither.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyApp = FastifyInstance<RawServerDefault, any, any, any, any>;
import { AppError } from '../errors.ts';

export function installGracefulClose(app: AnyApp, timeoutMs: number): void {
  let closing = false;
  let deadline: NodeJS.Timeout | undefined;

  app.addHook('onRequest', async () => {
    // Fastify already marks the answer `Connection: close` while closing; the error handler gives it our shape.
    if (closing) throw new AppError(503, 'error.shuttingDown');
  });

  app.addHook('preClose', (done) => {
    closing = true;
    // Idle keep-alive connections go now; busy ones get until the deadline to finish their answer.
    app.server.closeIdleConnections();
    deadline = setTimeout(() => {
      app.log.warn({ timeoutMs }, 'shutdown deadline reached: closing the connections still open');
      app.server.closeAllConnections();
    }, timeoutMs);
    deadline.unref();
    app.server.once('close', () => clearTimeout(deadline));
    done();
  });
}
