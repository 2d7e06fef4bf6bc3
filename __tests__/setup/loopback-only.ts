/**
 * Tests talk only to this machine. Any TCP connection or UDP datagram to an address outside
 * loopback fails the test loudly instead of leaving the sandbox.
 */
import dgram from 'node:dgram';
import net from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', '::1', '0:0:0:0:0:0:0:1']);

export function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '') return true; // node defaults to localhost
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOOPBACK_NAMES.has(h)) return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return h.slice(7).startsWith('127.');
  return false;
}

function refuse(host: string): never {
  throw new Error(`test tried to reach ${host}: tests may only use 127.0.0.1 or ::1`);
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string | unknown[];
  let host: string | undefined;
  if (Array.isArray(first)) {
    const opts = first[0] as { host?: string; path?: string };
    host = opts?.path ? undefined : opts?.host;
  } else if (typeof first === 'object' && first !== null) {
    host = first.path ? undefined : first.host;
  } else if (typeof first === 'number') {
    host = typeof args[1] === 'string' ? (args[1] as string) : undefined;
  }
  if (!isLoopback(host)) refuse(String(host));
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;

const originalSend = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function patchedSend(this: dgram.Socket, ...args: unknown[]) {
  const address = args.find((a, i) => i > 0 && typeof a === 'string') as string | undefined;
  if (!isLoopback(address)) refuse(String(address));
  return (originalSend as (...a: unknown[]) => void).apply(this, args);
} as typeof dgram.Socket.prototype.send;
