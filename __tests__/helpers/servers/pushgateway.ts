/**
 * A real Prometheus Pushgateway (Debian package `prometheus-pushgateway`) on 127.0.0.1 and a free port, in memory
 * only (persistence off), and a scraper that reads its /metrics back as samples.
 *
 *   const gateway = await Pushgateway.start();   // null binary → skip the test (see PUSHGATEWAY_BINARY)
 *   … push to gateway.url …
 *   const samples = await gateway.scrape();
 *   await gateway.close();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { closedPort } from './tcp.js';

export const PUSHGATEWAY_BINARY = '/usr/bin/prometheus-pushgateway';
export const PUSHGATEWAY_PACKAGE = 'prometheus-pushgateway';

export function pushgatewayAvailable(): boolean {
  return existsSync(PUSHGATEWAY_BINARY);
}

export interface PromSample {
  name: string;
  labels: Record<string, string>;
  /** The value as written (`NaN`, `+Inf` kept as text). */
  text: string;
  value: number;
}

/** Reads text exposition format 0.0.4: every sample line (comments skipped), label escapes undone. */
export function parseExposition(text: string): PromSample[] {
  const samples: PromSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line);
    if (!nameMatch) throw new Error(`not a sample line: ${line}`);
    const name = nameMatch[0];
    let at = name.length;
    const labels: Record<string, string> = {};
    if (line[at] === '{') {
      at++;
      while (line[at] !== '}') {
        const key = /^([a-zA-Z_][a-zA-Z0-9_]*)="/.exec(line.slice(at));
        if (!key) throw new Error(`bad label at ${at} in: ${line}`);
        at += key[0].length;
        let value = '';
        while (line[at] !== '"') {
          if (at >= line.length) throw new Error(`unterminated label value in: ${line}`);
          if (line[at] === '\\') {
            const next = line[at + 1];
            value += next === 'n' ? '\n' : (next as string);
            at += 2;
          } else value += line[at++];
        }
        labels[key[1] as string] = value;
        at++; // closing quote
        if (line[at] === ',') at++;
      }
      at++; // closing brace
    }
    const rest = line.slice(at).trim().split(/\s+/);
    const text = rest[0] as string;
    const value = text === '+Inf' ? Infinity : text === '-Inf' ? -Infinity : Number(text);
    samples.push({ name, labels, text, value });
  }
  return samples;
}

export class Pushgateway {
  private exited: Promise<void>;
  private log = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr?.on('data', (d: Buffer) => (this.log += d.toString()));
    child.stdout?.on('data', (d: Buffer) => (this.log += d.toString()));
  }

  /** Starts the gateway and waits until it answers /-/ready (at most 10 s). */
  static async start(): Promise<Pushgateway> {
    const port = await closedPort();
    const child = spawn(
      PUSHGATEWAY_BINARY,
      [`--web.listen-address=127.0.0.1:${port}`, '--persistence.file=', '--log.level=warn'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const gateway = new Pushgateway(child, port);
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pushgateway exited: ${gateway.log}`);
      try {
        const response = await fetch(`${gateway.url}/-/ready`);
        await response.body?.cancel();
        if (response.ok) return gateway;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) {
        await gateway.close();
        throw new Error(`pushgateway did not become ready: ${gateway.log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** GET /metrics as text. */
  async scrapeText(): Promise<string> {
    const response = await fetch(`${this.url}/metrics`);
    if (!response.ok) throw new Error(`scrape answered HTTP ${response.status}`);
    return response.text();
  }

  /** The samples of /metrics whose name starts with `prefix` (default `pyrun_`). */
  async scrape(prefix = 'pyrun_'): Promise<PromSample[]> {
    return parseExposition(await this.scrapeText()).filter((s) => s.name.startsWith(prefix));
  }

  /** What the gateway printed (warnings and errors). */
  get output(): string {
    return this.log;
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}
