/**
 * The remote launcher's wire format (./remote-launcher.ts): one byte stream carrying several ordered streams.
 *
 * Frame = 1 byte stream id + 4-byte big-endian payload length + payload. Binary-safe: a payload is never escaped
 * or split on newlines, so a script's output arrives byte for byte, and frames of one connection keep their order.
 *
 * Launcher → pyrun: 1 the script's stdout, 2 its stderr, 3 a control message (UTF-8 JSON: started, sample, exited,
 * error). pyrun → launcher: 1 bytes for the script's stdin (an empty payload closes it), 3 a control request
 * (start, signal, kill, end).
 */

export const STREAM_STDOUT = 1;
export const STREAM_STDERR = 2;
export const STREAM_CONTROL = 3;
/** pyrun → launcher: the script's stdin shares id 1. */
export const STREAM_STDIN = 1;

export const FRAME_HEADER_BYTES = 5;
/** Larger than anything the launcher writes (64 KiB reads) or a start request carries; more is a broken stream. */
export const MAX_FRAME_PAYLOAD_BYTES = 64 * 1024 * 1024;

export function encodeFrame(stream: number, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  if (!Number.isInteger(stream) || stream < 0 || stream > 255)
    throw new RangeError(`bad stream id ${stream}`);
  if (body.length > MAX_FRAME_PAYLOAD_BYTES)
    throw new RangeError(`frame payload of ${body.length} bytes is too large`);
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  header.writeUInt8(stream, 0);
  header.writeUInt32BE(body.length, 1);
  return Buffer.concat([header, body]);
}

export function encodeControl(message: object): Buffer {
  return encodeFrame(STREAM_CONTROL, JSON.stringify(message));
}

export class FrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameError';
  }
}

/**
 * A streaming frame parser: feed it chunks cut anywhere (inside a header, inside a payload, several frames at once)
 * and it calls `onFrame` once per complete frame, in order.
 */
export class FrameDecoder {
  private readonly onFrame: (stream: number, payload: Buffer) => void;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The header of the frame whose payload is being collected, once its 5 bytes have arrived. */
  private stream = -1;
  private need = -1;

  constructor(onFrame: (stream: number, payload: Buffer) => void) {
    this.onFrame = onFrame;
  }

  /** Bytes received that do not yet form a whole frame. */
  get bufferedBytes(): number {
    return this.pendingBytes;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    for (;;) {
      if (this.need < 0) {
        if (this.pendingBytes < FRAME_HEADER_BYTES) return;
        const header = this.take(FRAME_HEADER_BYTES);
        this.stream = header.readUInt8(0);
        this.need = header.readUInt32BE(1);
        if (this.need > MAX_FRAME_PAYLOAD_BYTES) {
          throw new FrameError(
            `frame of ${this.need} bytes on stream ${this.stream}: the stream is not framed`,
          );
        }
      }
      if (this.pendingBytes < this.need) return;
      const payload = this.take(this.need);
      const stream = this.stream;
      this.need = -1;
      this.stream = -1;
      this.onFrame(stream, payload);
    }
  }

  /** Whether the input ended cleanly, on a frame boundary. */
  get atBoundary(): boolean {
    return this.need < 0 && this.pendingBytes === 0;
  }

  private take(n: number): Buffer {
    if (n === 0) return Buffer.alloc(0);
    const first = this.pending[0] as Buffer;
    let out: Buffer;
    if (first.length >= n) {
      out = first.subarray(0, n);
      if (first.length === n) this.pending.shift();
      else this.pending[0] = first.subarray(n);
    } else {
      const all = Buffer.concat(this.pending, this.pendingBytes);
      out = all.subarray(0, n);
      this.pending = all.length > n ? [all.subarray(n)] : [];
    }
    this.pendingBytes -= n;
    return out;
  }
}

export interface DemuxTargets {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  onControl(message: Record<string, unknown>): void;
  /**
   * Flow control: called with true when stdout or stderr refused a write (pause the source), and with false once
   * every refused write has drained (resume it).
   */
  onBackpressure?(paused: boolean): void;
  /** A frame on an unknown stream, or a control payload that is not a JSON object. */
  onProtocolError?(message: string): void;
}

/**
 * Writes stdout and stderr frames to their streams as they arrive and hands control messages to `onControl`.
 * Returns the decoder to push chunks into.
 */
export function createDemuxer(targets: DemuxTargets): FrameDecoder {
  let waiting = 0;
  const write = (stream: NodeJS.WritableStream, payload: Buffer) => {
    if (payload.length === 0) return;
    if (stream.write(payload) || !targets.onBackpressure) return;
    waiting += 1;
    if (waiting === 1) targets.onBackpressure(true);
    stream.once('drain', () => {
      waiting -= 1;
      if (waiting === 0) targets.onBackpressure?.(false);
    });
  };
  return new FrameDecoder((stream, payload) => {
    if (stream === STREAM_STDOUT) write(targets.stdout, payload);
    else if (stream === STREAM_STDERR) write(targets.stderr, payload);
    else if (stream === STREAM_CONTROL) {
      let message: unknown;
      try {
        message = JSON.parse(payload.toString('utf8'));
      } catch {
        targets.onProtocolError?.(`control frame is not JSON: ${payload.toString('utf8').slice(0, 200)}`);
        return;
      }
      if (typeof message === 'object' && message !== null && !Array.isArray(message)) {
        targets.onControl(message as Record<string, unknown>);
      } else targets.onProtocolError?.('control frame is not a JSON object');
    } else targets.onProtocolError?.(`frame on unknown stream ${stream}`);
  });
}
