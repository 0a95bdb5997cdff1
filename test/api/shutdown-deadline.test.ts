// SIGTERM under a stalled upload (issue 11, items 15 and 18): shutdown closes what is still open after
// MOTCUA_SHUTDOWN_TIMEOUT_SECONDS instead of waiting forever, and a request arriving meanwhile gets a
// 503 in motcua's error format with `Connection: close`. Against a real listening server.
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { multipartFile } from '../support/multipart.ts';
import { startTestApp } from '../support/test-app.ts';
import { chunk, RawConnection, requestHead } from './raw-http.ts';

describe('shutdown with a deadline', () => {
  it('a stalled upload does not hold shutdown past the deadline; requests meanwhile get our 503', async () => {
    const t = await startTestApp('2026-03-02T09:00:00+07:00', { MOTCUA_SHUTDOWN_TIMEOUT_SECONDS: '1' });
    let dropped = false;
    try {
      await t.app.http.listen({ port: 0, host: '127.0.0.1' });
      const port = (t.app.http.server.address() as AddressInfo).port;

      // An upload that sends its first bytes and then nothing more.
      const stalled = await RawConnection.open(port);
      const m = multipartFile(Buffer.alloc(0), 'cham.pdf', 'application/pdf');
      await stalled.write(requestHead('POST', '/api/v1/public/verify', { 'content-type': m.headers['content-type'], 'transfer-encoding': 'chunked' }));
      await stalled.write(chunk(m.body.subarray(0, 120)));
      // A keep-alive client in the middle of sending its next request when shutdown begins.
      const late = await RawConnection.open(port);
      await late.write('GET /api/v1/health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      await new Promise((r) => setTimeout(r, 300));

      const started = Date.now();
      const closing = t.app.http.close();
      await new Promise((r) => setTimeout(r, 150));
      await late.write('\r\n');
      const answer = await late.next(2000);
      expect(answer.kind).toBe('response');
      if (answer.kind === 'response') {
        expect(answer.response.status).toBe(503);
        expect(answer.response.headers.connection).toBe('close');
        const body = JSON.parse(answer.response.body);
        expect(body.error).toMatchObject({ code: 'error.shuttingDown' });
        expect(body.error.message).toContain('Vui lòng thử lại');
        expect(body.error.requestId).toBeTypeOf('string');
      }

      await closing;
      const took = Date.now() - started;
      // The deadline is 1 s: generous bound for a loaded machine, far below "forever".
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(10_000);
      expect((await stalled.next(1000)).kind).toBe('closed');
      dropped = true;
    } finally {
      if (!dropped) await t.app.http.close().catch(() => undefined);
      await t.close();
    }
  }, 240_000);
});
