/**
 * Two dead ends on 127.0.0.1: a port where nothing listens (connection refused), and a server that accepts
 * connections and never says a word (for clients that must time out: HTTP, SMTP greeting, …).
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A port that was free a moment ago and now has no listener. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export class SilentServer {
  /** Connections accepted so far. */
  connections = 0;
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;

  private constructor() {
    this.server = net.createServer((socket) => {
      this.connections += 1;
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
      socket.resume(); // read and ignore whatever arrives
    });
  }

  static async start(): Promise<SilentServer> {
    const silent = new SilentServer();
    await new Promise<void>((resolve, reject) => {
      silent.server.once('error', reject);
      silent.server.listen(0, '127.0.0.1', () => resolve());
    });
    return silent;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
