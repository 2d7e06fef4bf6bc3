/** The frame format of the remote launcher's connection: encode, then decode across any chunking. */
import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  createDemuxer,
  encodeControl,
  encodeFrame,
  FrameDecoder,
  FrameError,
  MAX_FRAME_PAYLOAD_BYTES,
  STREAM_CONTROL,
  STREAM_STDERR,
  STREAM_STDOUT,
} from '../../../src/engine/execute/exec/mux.js';

/** Cuts a buffer at the given fractional positions. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const at = [...new Set(points.map((p) => Math.floor(p * (bytes.length + 1))))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of at) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

class Sink extends Writable {
  chunks: Buffer[] = [];
  writes = 0;
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void) {
    this.chunks.push(Buffer.from(chunk));
    this.writes += 1;
    cb();
  }
  get bytes() {
    return Buffer.concat(this.chunks);
  }
}

describe('encodeFrame', () => {
  it('writes the stream id, a big-endian length and the payload', () => {
    expect(encodeFrame(2, Buffer.from('hi'))).toEqual(Buffer.from([2, 0, 0, 0, 2, 0x68, 0x69]));
    expect(encodeFrame(1, Buffer.alloc(0))).toEqual(Buffer.from([1, 0, 0, 0, 0]));
    expect(encodeFrame(3, 'é')).toEqual(Buffer.from([3, 0, 0, 0, 2, 0xc3, 0xa9]));
    const big = encodeFrame(1, Buffer.alloc(0x010203));
    expect([...big.subarray(0, 5)]).toEqual([1, 0, 1, 2, 3]);
  });

  it('refuses a stream id outside one byte', () => {
    expect(() => encodeFrame(256, 'x')).toThrow(RangeError);
    expect(() => encodeFrame(-1, 'x')).toThrow(RangeError);
  });
});

describe('FrameDecoder', () => {
  it('decodes any sequence of frames however the bytes are chunked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.uint8Array({ maxLength: 300 })), {
          maxLength: 12,
        }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
        (frames, points) => {
          const wire = Buffer.concat(frames.map(([s, p]) => encodeFrame(s, Buffer.from(p))));
          const got: [number, number[]][] = [];
          const decoder = new FrameDecoder((s, p) => got.push([s, [...p]]));
          for (const chunk of cut(wire, points)) decoder.push(chunk);
          expect(got).toEqual(frames.map(([s, p]) => [s, [...p]]));
          expect(decoder.atBoundary).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decodes one byte at a time', () => {
    const wire = Buffer.concat([encodeFrame(1, 'abc'), encodeFrame(2, ''), encodeFrame(3, '{"a":1}')]);
    const got: string[] = [];
    const decoder = new FrameDecoder((s, p) => got.push(`${s}:${p.toString()}`));
    for (const byte of wire) decoder.push(Buffer.from([byte]));
    expect(got).toEqual(['1:abc', '2:', '3:{"a":1}']);
  });

  it('holds back an incomplete frame and says the input did not end on a boundary', () => {
    const got: string[] = [];
    const decoder = new FrameDecoder((_s, p) => got.push(p.toString()));
    const wire = encodeFrame(1, 'hello');
    decoder.push(wire.subarray(0, 7));
    expect(got).toEqual([]);
    expect(decoder.atBoundary).toBe(false);
    expect(decoder.bufferedBytes).toBe(2);
    decoder.push(wire.subarray(7));
    expect(got).toEqual(['hello']);
    expect(decoder.atBoundary).toBe(true);
  });

  it('rejects a length no launcher writes (the stream is not framed: a banner, a shell message)', () => {
    const decoder = new FrameDecoder(() => undefined);
    expect(() => decoder.push(Buffer.from('Welcome to the host\n'))).toThrow(FrameError);
    const header = Buffer.from([1, 0, 0, 0, 0]);
    header.writeUInt32BE(MAX_FRAME_PAYLOAD_BYTES + 1, 1);
    expect(() => new FrameDecoder(() => undefined).push(header)).toThrow(/not framed/);
  });
});

describe('createDemuxer', () => {
  it('writes stdout and stderr live to their own streams and hands control messages over in order', () => {
    const out = new Sink();
    const err = new Sink();
    const events: string[] = [];
    const demux = createDemuxer({
      stdout: out,
      stderr: err,
      onControl: (m) => events.push(String(m.event)),
    });
    const binary = Buffer.from([0, 255, 10, 13, 0x1b]);
    demux.push(encodeControl({ event: 'started' }));
    demux.push(encodeFrame(STREAM_STDOUT, binary));
    expect(out.bytes).toEqual(binary); // before anything else arrives
    demux.push(Buffer.concat([encodeFrame(STREAM_STDERR, 'oops\n'), encodeFrame(STREAM_STDOUT, 'more')]));
    demux.push(encodeControl({ event: 'exited', exit_code: 0 }));
    expect(out.bytes).toEqual(Buffer.concat([binary, Buffer.from('more')]));
    expect(err.bytes.toString()).toBe('oops\n');
    expect(events).toEqual(['started', 'exited']);
  });

  it('reports control payloads that are not JSON objects and unknown streams', () => {
    const problems: string[] = [];
    const demux = createDemuxer({
      stdout: new Sink(),
      stderr: new Sink(),
      onControl: () => undefined,
      onProtocolError: (m) => problems.push(m),
    });
    demux.push(encodeFrame(STREAM_CONTROL, 'not json'));
    demux.push(encodeFrame(STREAM_CONTROL, '[1,2]'));
    demux.push(encodeFrame(9, 'x'));
    expect(problems).toEqual([
      'control frame is not JSON: not json',
      'control frame is not a JSON object',
      'frame on unknown stream 9',
    ]);
  });

  it('asks the source to pause while a stream is full and to resume once it drains', async () => {
    const slow = new Writable({
      highWaterMark: 4,
      write(_chunk, _enc, cb) {
        setTimeout(cb, 5);
      },
    });
    const flow: boolean[] = [];
    const demux = createDemuxer({
      stdout: slow,
      stderr: new Sink(),
      onControl: () => undefined,
      onBackpressure: (paused) => flow.push(paused),
    });
    demux.push(Buffer.concat([encodeFrame(STREAM_STDOUT, 'abcdefgh'), encodeFrame(STREAM_STDOUT, 'ijkl')]));
    expect(flow).toEqual([true]);
    await new Promise((r) => setTimeout(r, 50));
    expect(flow).toEqual([true, false]);
  });
});
