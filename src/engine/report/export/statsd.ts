/**
 * StatsD: the run's metrics as gauges over UDP, `pyrun.<series>.<metric>:<value>|g`, with pyrun's metric
 * names (sizes in MB, as everywhere else in pyrun) plus `passed` (1/0) and `regressed` (how many metrics
 * regressed). Lines are packed into datagrams of at most 512 bytes, the size every network path carries.
 *
 * UDP gives no answer: a StatsD daemon that is down is silent, so only what fails locally (an unknown host,
 * a send error) becomes a warning.
 */
import type { RunRecord } from '../../types.js';
import { RUN_METRICS } from '../../types.js';
import { regressions } from './values.js';

export const STATSD_MAX_DATAGRAM_BYTES = 512;
const MAX_SERIES_CHARS = 200;

/** The series as one or more StatsD name segments: only [A-Za-z0-9_.-], no empty segment. */
export function sanitizeSeries(series: string): string {
  const cleaned = series
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, MAX_SERIES_CHARS)
    .replace(/\.+$/, '');
  return cleaned === '' ? '_' : cleaned;
}

/** A gauge value in plain decimal notation (StatsD daemons do not all read `1e-7`), at most 6 decimals. */
export function statsdNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const fixed = value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/**
 * One entry per metric. A gauge line whose value starts with `-` means "decrease" to StatsD, so a negative value
 * is two lines in one entry (set 0, then subtract): they must travel in the same datagram.
 */
export function statsdLines(record: RunRecord): string[] {
  const prefix = `pyrun.${sanitizeSeries(record.name)}`;
  const entries: string[] = [];
  const gauge = (name: string, value: number | null) => {
    if (value === null || !Number.isFinite(value)) return;
    const text = statsdNumber(value);
    const line = `${prefix}.${name}:${text}|g`;
    entries.push(text.startsWith('-') ? `${prefix}.${name}:0|g\n${line}` : line);
  };
  for (const metric of RUN_METRICS) gauge(metric, record[metric]);
  gauge('passed', record.status === 'passed' ? 1 : 0);
  gauge(
    'regressed',
    regressions(record).reduce((sum, r) => sum + r.regressed, 0),
  );
  return entries;
}

/** Entries joined by newlines into datagrams of at most `max_bytes` (an entry longer than that goes alone). */
export function statsdDatagrams(entries: readonly string[], max_bytes = STATSD_MAX_DATAGRAM_BYTES): string[] {
  const datagrams: string[] = [];
  let current = '';
  for (const entry of entries) {
    const joined = current === '' ? entry : `${current}\n${entry}`;
    if (Buffer.byteLength(joined) <= max_bytes || current === '') current = joined;
    else {
      datagrams.push(current);
      current = entry;
    }
  }
  if (current !== '') datagrams.push(current);
  return datagrams;
}

/** Sends the datagrams to host:port; rejects on a lookup or send error, or when `signal` aborts. */
export async function sendStatsd(
  host: string,
  port: number,
  datagrams: readonly string[],
  signal: AbortSignal,
): Promise<void> {
  // dns and dgram are loaded by the first StatsD export, not by every run.
  const [{ lookup }, { default: dgram }] = await Promise.all([
    import('node:dns/promises'),
    import('node:dgram'),
  ]);
  const { address, family } = await lookup(host);
  signal.throwIfAborted();
  const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
  let onAbort = () => undefined as void;
  try {
    await new Promise<void>((resolve, reject) => {
      onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      socket.once('error', reject);
      let left = datagrams.length;
      if (left === 0) resolve();
      for (const datagram of datagrams) {
        socket.send(Buffer.from(datagram, 'utf8'), port, address, (error) => {
          if (error) reject(error);
          else if (--left === 0) resolve();
        });
      }
    });
  } finally {
    signal.removeEventListener('abort', onAbort);
    try {
      socket.close();
    } catch {
      /* already closed after an error */
    }
  }
}
