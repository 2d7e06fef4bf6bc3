/** `--export KIND=TARGET`: what is accepted, and messages that name the problem without credentials. */
import { describe, expect, it } from '@jest/globals';
import {
  describeTarget,
  parseExportTarget,
  parseExportTargets,
  redactUrl,
  targetSecrets,
} from '../../../src/engine/report/export/index.js';

describe('parseExportTarget', () => {
  it('reads the three forms', () => {
    expect(parseExportTarget('prometheus=http://127.0.0.1:9091')).toEqual({
      kind: 'prometheus',
      url: 'http://127.0.0.1:9091/',
    });
    expect(parseExportTarget(' otlp = https://otel.example.test/otlp ')).toEqual({
      kind: 'otlp',
      url: 'https://otel.example.test/otlp',
    });
    expect(parseExportTarget('statsd=127.0.0.1:8125')).toEqual({
      kind: 'statsd',
      host: '127.0.0.1',
      port: 8125,
    });
    expect(parseExportTarget('statsd=[::1]:8125')).toEqual({ kind: 'statsd', host: '::1', port: 8125 });
    expect(parseExportTarget('StatsD=metrics.internal:9125')).toEqual({
      kind: 'statsd',
      host: 'metrics.internal',
      port: 9125,
    });
  });

  it.each([
    [
      'graphite=http://x',
      "'graphite=http://x': unknown exporter kind 'graphite'; use prometheus=URL, otlp=URL or statsd=HOST:PORT",
    ],
    ['prometheus', "'prometheus': expected KIND=TARGET, one of prometheus=URL, otlp=URL or statsd=HOST:PORT"],
    ['otlp=', "'otlp=': otlp needs a target; use prometheus=URL, otlp=URL or statsd=HOST:PORT"],
    [
      'prometheus=localhost:9091',
      "'prometheus=localhost:9091': prometheus needs an http:// or https:// URL, e.g. prometheus=http://localhost:9091",
    ],
    [
      'prometheus=not a url',
      "'prometheus=not a url': prometheus needs an http:// or https:// URL, e.g. prometheus=http://localhost:9091",
    ],
    [
      'otlp=ftp://x/',
      "'otlp=ftp://x/': otlp needs an http:// or https:// URL, e.g. otlp=http://localhost:4318",
    ],
    [
      'statsd=127.0.0.1',
      "'statsd=127.0.0.1': statsd needs HOST:PORT, e.g. statsd=127.0.0.1:8125 (IPv6: statsd=[::1]:8125)",
    ],
    ['statsd=127.0.0.1:0', "'statsd=127.0.0.1:0': port 0 is not between 1 and 65535"],
    ['statsd=127.0.0.1:70000', "'statsd=127.0.0.1:70000': port 70000 is not between 1 and 65535"],
    ['statsd=bad_host!:8125', "'statsd=bad_host!:8125': 'bad_host!' is not a host name or IP address"],
    ['statsd=[nope]:8125', "'statsd=[nope]:8125': 'nope' is not a host name or IP address"],
  ])('refuses %s', (text, message) => {
    expect(() => parseExportTarget(text)).toThrow(new Error(message));
  });

  it('never repeats a password in its message', () => {
    let message = '';
    try {
      parseExportTarget('pushgw=https://admin:hunter22@gw.example.test/');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('unknown exporter kind');
    expect(message).not.toContain('hunter22');
    expect(message).not.toContain('admin');
  });

  it('reports every bad line of a list at once and skips blank ones', () => {
    expect(parseExportTargets(['', 'statsd=127.0.0.1:8125', '  '])).toHaveLength(1);
    expect(() => parseExportTargets(['x=1', 'statsd=1'])).toThrow(
      /unknown exporter kind 'x'[\s\S]*statsd needs HOST:PORT/,
    );
  });
});

describe('describing a target', () => {
  it('names the kind and host only', () => {
    expect(
      describeTarget(parseExportTarget('prometheus=https://u:secretpw@gw.example.test:9091/p?token=abc')),
    ).toBe('prometheus (gw.example.test:9091)');
    expect(describeTarget(parseExportTarget('statsd=[::1]:8125'))).toBe('statsd ([::1]:8125)');
  });

  it('redacts URL credentials and lists the password as a secret', () => {
    expect(redactUrl('https://user:pa%40ss@h.test/x')).toBe('https://***@h.test/x');
    expect(redactUrl('http://h.test/x')).toBe('http://h.test/x');
    expect(targetSecrets(parseExportTarget('otlp=https://user:pa%40ssword@h.test/'))).toEqual([
      'pa%40ssword',
      'pa@ssword',
    ]);
  });
});
