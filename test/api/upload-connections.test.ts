// Uploads over real sockets (issue 11, items 4, 5, 17): a refused upload must not stall its keep-alive
// connection, an oversized one is refused at once (also before `100 Continue`), a broken multipart body
// is a 400 in motcua's format, and while a heavy PDF is checked the server keeps answering.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainPdf } from '../../src/platform/storage/test-fixtures/pdf-fixtures.ts';
import { startApp, submitAtDesk } from '../lifecycle/drive.ts';
import { multipartFile } from '../support/multipart.ts';
import type { TestApp } from '../support/test-app.ts';
import { chunk, RawConnection, requestHead, type Outcome } from './raw-http.ts';
import { slowPdf } from './slow-pdf.ts';

const MB = 1024 * 1024;

function response(outcome: Outcome) {
  if (outcome.kind !== 'response') throw new Error(`expected an answer, got ${outcome.kind}`);
  return outcome.response;
}

/** A multipart body split in the head (with the part headers), the file bytes and the tail. */
function multipartPieces(fileBytes: Buffer, fileName = 'giay-to.pdf') {
  const m = multipartFile(Buffer.alloc(0), fileName, 'application/pdf');
  const boundary = m.headers['content-type'].split('boundary=')[1]!;
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const head = m.body.subarray(0, m.body.length - tail.length);
  return { head, file: fileBytes, tail, contentType: m.headers['content-type'], length: head.length + fileBytes.length + tail.length };
}

describe('uploads over a keep-alive connection (1 MB limit)', () => {
  let t: TestApp;
  let port: number;
  let desk: string;
  let filesUrl: string;
  let scansUrl: string;

  beforeAll(async () => {
    t = await startApp('2026-03-02T09:00:00+07:00', { MOTCUA_UPLOAD_MAX_MB: '1' });
    await t.app.http.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.http.server.address() as AddressInfo).port;
    desk = await t.login('motcua.tinh');
    const dossier = await submitAtDesk(t, '1.004470');
    const docs = await t.request('GET', `/api/v1/dossiers/${dossier.id}/documents`, { token: desk });
    const code = docs.body.components[0].code as string;
    filesUrl = `/api/v1/dossiers/${dossier.id}/components/${code}/files`;
    scansUrl = `/api/v1/dossiers/${dossier.id}/components/${code}/scans`;
  }, 300_000);
  afterAll(() => t.close());

  it('a component upload refused in mid-stream (413) leaves no stalled connection: the next request is answered or the socket closed within a second', async () => {
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(Buffer.alloc(2 * MB, 0x25));
      // Chunked: no Content-Length, so only the streaming check can see the size.
      await conn.write(requestHead('POST', filesUrl, { authorization: `Bearer ${desk}`, 'content-type': pieces.contentType, 'transfer-encoding': 'chunked' }));
      await conn.write(chunk(pieces.head));
      for (let at = 0; at < pieces.file.length; at += 64 * 1024) {
        if (!(await conn.write(chunk(pieces.file.subarray(at, at + 64 * 1024))))) break;
      }
      await conn.write(Buffer.concat([chunk(pieces.tail), chunk('')]));
      const refused = response(await conn.next(10_000));
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).error.code).toBe('upload.tooLarge');
      await conn.write(requestHead('GET', '/api/v1/health/live'));
      const after = await conn.next(1000);
      expect(after.kind, 'the second request on the socket must not hang').not.toBe('timeout');
      if (after.kind === 'response') expect(after.response.status).toBeLessThan(500);
    } finally {
      conn.close();
    }
  });

  it('the public verification refused in mid-stream does not stall the connection either', async () => {
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(Buffer.alloc(2 * MB, 0x25));
      await conn.write(requestHead('POST', '/api/v1/public/verify', { 'content-type': pieces.contentType, 'transfer-encoding': 'chunked' }));
      await conn.write(chunk(pieces.head));
      for (let at = 0; at < pieces.file.length; at += 64 * 1024) {
        if (!(await conn.write(chunk(pieces.file.subarray(at, at + 64 * 1024))))) break;
      }
      await conn.write(Buffer.concat([chunk(pieces.tail), chunk('')]));
      expect(response(await conn.next(10_000)).status).toBe(413);
      await conn.write(requestHead('GET', '/api/v1/health/live'));
      expect((await conn.next(1000)).kind).not.toBe('timeout');
    } finally {
      conn.close();
    }
  });

  it('a body declared larger than the limit gets its 413 before any of it is sent, and the connection is closed', async () => {
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(Buffer.alloc(0));
      await conn.write(requestHead('POST', filesUrl, { authorization: `Bearer ${desk}`, 'content-type': pieces.contentType, 'content-length': 26 * MB }));
      const refused = response(await conn.next(1000));
      expect(refused.status).toBe(413);
      expect(JSON.parse(refused.body).error).toMatchObject({ code: 'upload.tooLarge' });
      expect(refused.headers.connection).toBe('close');
      expect((await conn.next(1000)).kind).toBe('closed');
    } finally {
      conn.close();
    }
  });

  it('a component limit below the system limit is also enforced from Content-Length, before reading', async () => {
    // 900 KB fits the system limit (1 MB), so this is the route's own check; the component has no smaller
    // limit here, so the same number is used: a declared 1.2 MB body is refused without a byte of it sent.
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(Buffer.alloc(0));
      await conn.write(requestHead('POST', scansUrl, { authorization: `Bearer ${desk}`, 'content-type': pieces.contentType, 'content-length': Math.round(1.2 * MB) }));
      expect(response(await conn.next(1000)).status).toBe(413);
    } finally {
      conn.close();
    }
  });

  it('Expect: 100-continue with an oversized body: 413 at once, without 100 Continue', async () => {
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(Buffer.alloc(0));
      await conn.write(requestHead('POST', filesUrl, { authorization: `Bearer ${desk}`, 'content-type': pieces.contentType, 'content-length': 26 * MB, expect: '100-continue' }));
      const refused = response(await conn.next(1000));
      expect(refused.status).toBe(413);
      expect(refused.interim).toEqual([]);
      const body = JSON.parse(refused.body);
      expect(body.error.code).toBe('upload.tooLarge');
      expect(body.error.message).toContain('Tệp vượt quá dung lượng cho phép (1 MB)');
      expect(body.error.requestId).toBeTypeOf('string');
      expect(refused.headers.connection).toBe('close');
    } finally {
      conn.close();
    }
  });

  it('Expect: 100-continue within the limit: 100 Continue, then the file is checked (in a worker) and stored', async () => {
    const conn = await RawConnection.open(port);
    try {
      const pieces = multipartPieces(await plainPdf(2));
      await conn.write(requestHead('POST', filesUrl, { authorization: `Bearer ${desk}`, 'content-type': pieces.contentType, 'content-length': pieces.length, expect: '100-continue' }));
      for (let i = 0; i < 100 && conn.peek() === ''; i++) await new Promise((r) => setTimeout(r, 50));
      expect(conn.peek()).toMatch(/^HTTP\/1\.1 100 Continue\r\n/);
      await conn.write(Buffer.concat([pieces.head, pieces.file, pieces.tail]));
      const stored = response(await conn.next(20_000));
      expect(stored.status, stored.body).toBe(201);
      expect(stored.interim).toEqual([100]);
      expect(JSON.parse(stored.body)).toMatchObject({ pages: 2 });
    } finally {
      conn.close();
    }
  });

  describe('a malformed multipart body is a 400 upload.malformed, never a 500', () => {
    const truncated = () => {
      const m = multipartFile(Buffer.alloc(4096, 0x41), 'cut.pdf', 'application/pdf');
      return { body: m.body.subarray(0, m.body.length - 200), headers: m.headers };
    };
    const bodies = {
      'cut off before its closing boundary': truncated,
      'without a boundary': () => ({ body: Buffer.from('--x\r\n\r\n'), headers: { 'content-type': 'multipart/form-data' } }),
      'with a malformed part header': () => {
        const boundary = 'motcuaBAD';
        return { body: Buffer.from(`--${boundary}\r\nContent-Disposition form-data name file\r\n\r\nxx\r\n--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
      },
    };

    for (const [what, make] of Object.entries(bodies)) {
      it(`${what}: component files, scans and the public verification API`, async () => {
        for (const url of [filesUrl, scansUrl, '/api/v1/public/verify']) {
          const { body, headers } = make();
          const res = await t.request('POST', url, { token: desk, body, headers });
          // busboy may read a part with a broken header as no part at all: then it is "no file" (still a 400).
          if (what === 'with a malformed part header' && res.status === 400 && res.body.error.code === 'error.validation') {
            expect(res.body.error.issues).toEqual([expect.objectContaining({ path: 'body.file' })]);
            continue;
          }
          expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(400);
          expect(res.body.error.code).toBe('upload.malformed');
          expect(res.body.error.message).toContain('bị hỏng hoặc bị cắt giữa chừng');
          expect(res.body.error.requestId).toBeTypeOf('string');
        }
      });

      it(`${what}: the verification page answers 400 with the message on the page`, async () => {
        const { body, headers } = make();
        const res = await t.request('POST', '/verify', { body, headers: { ...headers, accept: 'text/html' } });
        if (what === 'with a malformed part header' && res.status === 400 && String(res.body).includes('Dữ liệu gửi lên chưa hợp lệ')) return;
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(String(res.body)).toContain('bị hỏng hoặc bị cắt giữa chừng');
      });
    }
  });
});

describe('a heavy upload check runs off the event loop', () => {
  it('while a slow PDF is parsed, /api/v1/health/live keeps answering; the check is refused, not crashed', async () => {
    const t = await startApp('2026-03-02T09:00:00+07:00');
    try {
      await t.app.http.listen({ port: 0, host: '127.0.0.1' });
      const port = (t.app.http.server.address() as AddressInfo).port;
      const base = `http://127.0.0.1:${port}`;
      const m = multipartFile(slowPdf(20_000), 'cham.pdf', 'application/pdf');
      const desk = await t.login('motcua.tinh');
      const dossier = await submitAtDesk(t, '1.004470');
      const docs = await t.request('GET', `/api/v1/dossiers/${dossier.id}/documents`, { token: desk });
      const url = `${base}/api/v1/dossiers/${dossier.id}/components/${docs.body.components[0].code}/files`;
      let done = false;
      const started = Date.now();
      const heavy = fetch(url, { method: 'POST', body: m.body, headers: { ...m.headers, authorization: `Bearer ${desk}` } }).finally(() => (done = true));
      const latencies: number[] = [];
      while (!done) {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/health/live`);
        latencies.push(performance.now() - t0);
        expect(res.status).toBe(200);
        await new Promise((r) => setTimeout(r, 50));
      }
      const answer = await heavy;
      const checkMs = Date.now() - started;
      expect(answer.status, await answer.clone().text()).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toMatch(/^upload\./);
      // Generous: the point is that health answers at all while the check runs (it waited the whole check before).
      expect(latencies.length, `check took ${checkMs} ms`).toBeGreaterThan(2);
      expect(Math.max(...latencies), `latencies ${latencies.map(Math.round).join(',')}`).toBeLessThan(Math.max(1500, checkMs / 2));
    } finally {
      await t.close();
    }
  }, 400_000);

  it('a check past its time limit is refused with 422 upload.checkTimeout (the worker is ended)', async () => {
    const t = await startApp('2026-03-02T09:00:00+07:00', { MOTCUA_UPLOAD_CHECK_TIMEOUT_SECONDS: '1' });
    try {
      const desk = await t.login('motcua.tinh');
      const dossier = await submitAtDesk(t, '1.004470');
      const docs = await t.request('GET', `/api/v1/dossiers/${dossier.id}/documents`, { token: desk });
      const m = multipartFile(slowPdf(20_000), 'cham.pdf', 'application/pdf');
      const res = await t.request('POST', `/api/v1/dossiers/${dossier.id}/components/${docs.body.components[0].code}/files`, { token: desk, body: m.body, headers: m.headers });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'upload.checkTimeout' });
      expect(res.body.error.message).toContain('quá 1 giây');
    } finally {
      await t.close();
    }
  }, 400_000);
});
