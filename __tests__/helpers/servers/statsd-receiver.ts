/**
 * A StatsD stand-in: a UDP socket on 127.0.0.1 that keeps every datagram as it arrived.
 *
 *   const statsd = await StatsdReceiver.start();
 *   … send to 127.0.0.1:statsd.port …
 *   const datagrams = await statsd.waitForDatagrams(1);
 *   await statsd.close();
 */
import dgram from 'node:dgram';

export class StatsdReceiver {
  readonly datagrams: Buffer[] = [];
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly socket: dgram.Socket) {
    socket.on('message', (message) => {
      this.datagrams.push(message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async start(): Promise<StatsdReceiver> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, '127.0.0.1', () => resolve());
    });
    return new StatsdReceiver(socket);
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Every line of every datagram so far, in arrival order. */
  get lines(): string[] {
    return this.datagrams.flatMap((d) => d.toString('utf8').split('\n'));
  }

  /** Resolves once `count` datagrams arrived; rejects after `timeout_ms`. */
  async waitForDatagrams(count: number, timeout_ms = 5000): Promise<Buffer[]> {
    const deadline = Date.now() + timeout_ms;
    while (this.datagrams.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} datagram(s), received ${this.datagrams.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.datagrams.slice(0, count);
  }

  /** Waits `quiet_ms` and returns every datagram that arrived (to check that nothing more came). */
  async settle(quiet_ms = 200): Promise<Buffer[]> {
    await new Promise((resolve) => setTimeout(resolve, quiet_ms));
    return [...this.datagrams];
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }
}
