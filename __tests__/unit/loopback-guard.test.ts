import net from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { isLoopback } from '../setup/loopback-only.js';

describe('loopback guard', () => {
  it('knows loopback from the rest', () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('10.0.0.1')).toBe(false);
    expect(isLoopback('example.com')).toBe(false);
  });

  it('refuses a connection outside loopback before any packet leaves', () => {
    const socket = new net.Socket();
    expect(() => socket.connect({ host: '192.0.2.1', port: 80 })).toThrow(/only use 127.0.0.1/);
    socket.destroy();
  });
});
