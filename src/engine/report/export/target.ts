/**
 * Export targets (`--export KIND=TARGET`): `prometheus=URL` (a Pushgateway), `otlp=URL` (an OTLP/HTTP receiver)
 * and `statsd=HOST:PORT` (UDP). Parsing refuses a bad target before the script runs; messages show the target
 * with any credentials of its URL masked, so they can be printed as they are.
 */
import net from 'node:net';

export const EXPORT_KINDS = ['prometheus', 'otlp', 'statsd'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export type ExportTarget =
  | { kind: 'prometheus'; url: string }
  | { kind: 'otlp'; url: string }
  | { kind: 'statsd'; host: string; port: number };

const FORMS = 'prometheus=URL, otlp=URL or statsd=HOST:PORT';

/** The URL with user name and password replaced by `***` (the text as given when it is no URL at all). */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not a URL: still hide anything that looks like `user:pass@` after a scheme.
    return text.replace(/\/\/[^/@\s]*@/, '//***@');
  }
  if (url.username === '' && url.password === '') return text;
  url.username = '***';
  url.password = '';
  return url.href;
}

/** Every credential piece of a target, raw and decoded, so an adapter can mask them in its logs. */
export function targetSecrets(target: ExportTarget): string[] {
  if (target.kind === 'statsd') return [];
  const url = new URL(target.url);
  const pieces = [url.password, safeDecode(url.password)];
  return [...new Set(pieces.filter((p) => p.length >= 4))];
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `prometheus (host:port)`: how warnings name a target — kind and host, never a path, query or credential. */
export function describeTarget(target: ExportTarget): string {
  if (target.kind === 'statsd') return `statsd (${formatHostPort(target.host, target.port)})`;
  return `${target.kind} (${new URL(target.url).host})`;
}

function formatHostPort(host: string, port: number): string {
  return net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

function parseHttpUrl(kind: ExportKind, value: string, shown: string): string {
  const expected = `${kind} needs an http:// or https:// URL, e.g. ${kind}=http://localhost:${defaultPort(kind)}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`'${shown}': ${expected}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`'${shown}': ${expected}`);
  if (url.hostname === '') throw new Error(`'${shown}': the URL has no host`);
  if (url.hash !== '') throw new Error(`'${shown}': the URL must not have a #fragment`);
  return url.href;
}

function defaultPort(kind: ExportKind): number {
  return kind === 'prometheus' ? 9091 : kind === 'otlp' ? 4318 : 8125;
}

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

function parseHostPort(value: string, shown: string): { host: string; port: number } {
  const match = /^\[([^\]]+)\]:(\d+)$/.exec(value) ?? /^([^:[\]]+):(\d+)$/.exec(value);
  if (!match) {
    throw new Error(
      `'${shown}': statsd needs HOST:PORT, e.g. statsd=127.0.0.1:8125 (IPv6: statsd=[::1]:8125)`,
    );
  }
  const host = match[1] as string;
  const port = Number(match[2]);
  const bracketed = value.startsWith('[');
  if (bracketed ? !net.isIPv6(host) : !(net.isIPv4(host) || HOSTNAME.test(host))) {
    throw new Error(`'${shown}': '${host}' is not a host name or IP address`);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`'${shown}': port ${match[2]} is not between 1 and 65535`);
  }
  return { host, port };
}

/** `KIND=TARGET` → an ExportTarget; throws an Error naming what is wrong (credentials masked). */
export function parseExportTarget(text: string): ExportTarget {
  const trimmed = text.trim();
  const eq = trimmed.indexOf('=');
  const shown = redactUrl(eq < 0 ? trimmed : trimmed.slice(eq + 1));
  const shownWhole = eq < 0 ? shown : `${trimmed.slice(0, eq)}=${shown}`;
  if (eq < 0) throw new Error(`'${shownWhole}': expected KIND=TARGET, one of ${FORMS}`);
  const kind = trimmed.slice(0, eq).trim().toLowerCase();
  const value = trimmed.slice(eq + 1).trim();
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`'${shownWhole}': unknown exporter kind '${kind}'; use ${FORMS}`);
  }
  if (value === '') throw new Error(`'${shownWhole}': ${kind} needs a target; use ${FORMS}`);
  switch (kind as ExportKind) {
    case 'prometheus':
      return { kind: 'prometheus', url: parseHttpUrl('prometheus', value, shownWhole) };
    case 'otlp':
      return { kind: 'otlp', url: parseHttpUrl('otlp', value, shownWhole) };
    case 'statsd':
      return { kind: 'statsd', ...parseHostPort(value, shownWhole) };
  }
}

/** Several targets, e.g. the action's input (one a line, blank lines ignored); every problem at once. */
export function parseExportTargets(lines: readonly string[]): ExportTarget[] {
  const problems: string[] = [];
  const targets: ExportTarget[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    try {
      targets.push(parseExportTarget(line));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return targets;
}
