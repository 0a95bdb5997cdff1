// A bare HTTP/1.1 client over one TCP socket, for the tests that must see what a library would hide:
// keep-alive reuse, `100 Continue`, `Connection: close`, and an answer that never comes.
import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Interim answers received before this one (e.g. 100 Continue). */
  interim: number[];
}

export type Outcome = { kind: 'response'; response: RawResponse } | { kind: 'closed' } | { kind: 'timeout' };

export class RawConnection {
  readonly socket: net.Socket;
  #buffer = Buffer.alloc(0);
  #closed = false;
  #waiters: (() => void)[] = [];

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      this.#wake();
    });
    const closed = () => {
      this.#closed = true;
      this.#wake();
    };
    socket.on('close', closed);
    socket.on('end', closed);
    socket.on('error', closed);
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  #wake(): void {
    for (const w of this.#waiters.splice(0)) w();
  }

  /** Writes bytes; false when the socket is gone (the server closed it). */
  write(data: string | Buffer): Promise<boolean> {
    if (this.#closed || this.socket.destroyed) return Promise.resolve(false);
    return new Promise((resolve) => this.socket.write(data, (err) => resolve(!err)));
  }

  /** The next complete answer, or that the connection closed, or that nothing came within `timeoutMs`. */
  async next(timeoutMs: number): Promise<Outcome> {
    const deadline = Date.now() + timeoutMs;
    const interim: number[] = [];
    for (;;) {
      const parsed = this.#take();
      if (parsed) {
        if (parsed.status >= 100 && parsed.status < 200) {
          interim.push(parsed.status);
          continue;
        }
        return { kind: 'response', response: { ...parsed, interim } };
      }
      if (this.#closed) return { kind: 'closed' };
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'timeout' };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The interim answers and head received so far, without waiting (to see that no 100 Continue came). */
  peek(): string {
    return this.#buffer.toString('latin1');
  }

  #take(): Omit<RawResponse, 'interim'> | undefined {
    const end = this.#buffer.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const head = this.#buffer.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(head[0]!.split(' ')[1]);
    const headers: Record<string, string> = {};
    for (const line of head.slice(1)) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    if (status >= 100 && status < 200) {
      this.#buffer = this.#buffer.subarray(end + 4);
      return { status, headers, body: '' };
    }
    let bodyEnd: number;
    let body: Buffer;
    if (headers['content-length'] !== undefined) {
      bodyEnd = end + 4 + Number(headers['content-length']);
      if (this.#buffer.length < bodyEnd) return undefined;
      body = this.#buffer.subarray(end + 4, bodyEnd);
    } else if (headers['transfer-encoding'] === 'chunked') {
      const chunks: Buffer[] = [];
      let at = end + 4;
      for (;;) {
        const lineEnd = this.#buffer.indexOf('\r\n', at);
        if (lineEnd < 0) return undefined;
        const size = parseInt(this.#buffer.subarray(at, lineEnd).toString('latin1'), 16);
        if (this.#buffer.length < lineEnd + 2 + size + 2) return undefined;
        chunks.push(this.#buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      bodyEnd = at;
      body = Buffer.concat(chunks);
    } else {
      return undefined;
    }
    this.#buffer = this.#buffer.subarray(bodyEnd);
    return { status, headers, body: body.toString('utf8') };
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The head of a request; `extra` adds headers (e.g. content-length, expect, authorization). */
export function requestHead(method: string, path: string, extra: Record<string, string | number> = {}): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: keep-alive', ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** One chunk of a chunked body (`''` ends the body). */
export function chunk(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]);
}
