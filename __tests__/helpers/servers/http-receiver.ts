/**
 * An HTTP server on 127.0.0.1 that records every request (method, path, headers, exact body bytes) and answers
 * as the test says: a status per request, or never. For webhooks, Slack and any HTTP client under test.
 *
 *   const receiver = await HttpReceiver.start({ reply: (_req, n) => (n < 2 ? { status: 500 } : { status: 200 }) });
 *   … post to receiver.url('/hook/token') …
 *   const [req] = await receiver.waitForRequests(1);
 *   await receiver.close();
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  /** Header names in lower case. */
  headers: http.IncomingHttpHeaders;
  /** The exact bytes of the body. */
  body: Buffer;
  /** The body as UTF-8. */
  text: string;
  /** `Date.now()` when the body was complete. */
  received_ms: number;
}

/** A status (with optional body and headers), or `'hang'`: read the request, never answer. */
export type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'hang';

export interface HttpReceiverOptions {
  /** Decides each answer; `index` counts requests from 0. Default: 200 with body `ok`. */
  reply?: (request: ReceivedRequest, index: number) => Reply;
}

export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly waiters: Array<() => void> = [];
  private readonly server: http.Server;

  private constructor(private readonly reply: (request: ReceivedRequest, index: number) => Reply) {
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  static async start(options: HttpReceiverOptions = {}): Promise<HttpReceiver> {
    const receiver = new HttpReceiver(options.reply ?? ((): Reply => ({ status: 200, body: 'ok' })));
    await new Promise<void>((resolve, reject) => {
      receiver.server.once('error', reject);
      receiver.server.listen(0, '127.0.0.1', () => resolve());
    });
    return receiver;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `http://127.0.0.1:<port><path>` */
  url(path = '/'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** Resolves with the first `count` requests once they arrived; rejects after `timeout_ms`. */
  async waitForRequests(count: number, timeout_ms = 10000): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeout_ms;
    while (this.requests.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} request(s), received ${this.requests.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.requests.slice(0, count);
  }

  /** Stops listening and cuts every open connection, hanging ones included. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const request: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        text: body.toString('utf8'),
        received_ms: Date.now(),
      };
      const answer = this.reply(request, this.requests.length);
      this.requests.push(request);
      for (const wake of this.waiters.splice(0)) wake();
      if (answer === 'hang') return;
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end(answer.body ?? '');
    });
  }
}
