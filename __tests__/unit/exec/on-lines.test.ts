import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { onLines } from '../../../src/engine/execute/exec/local.js';

function linesOf(chunks: Buffer[]): Promise<string[]> {
  const stream = new PassThrough();
  const lines: string[] = [];
  onLines(stream, (line) => lines.push(line));
  return new Promise((resolve) => {
    stream.on('end', () => resolve(lines));
    for (const chunk of chunks) stream.write(chunk);
    stream.end();
  });
}

describe('the launcher channel’s lines', () => {
  it('joins a line split across reads, even inside a multi-byte character, and drops CR of CRLF', async () => {
    const text = Buffer.from('{"event":"started","name":"café"}\r\n{"event":"exited"}\n');
    const cut = text.indexOf(Buffer.from('é')) + 1; // between the two bytes of é
    expect(
      await linesOf([text.subarray(0, cut), text.subarray(cut, cut + 3), text.subarray(cut + 3)]),
    ).toEqual(['{"event":"started","name":"café"}', '{"event":"exited"}']);
  });

  it('gives a last line without a newline at the end of the stream', async () => {
    expect(await linesOf([Buffer.from('one\ntwo')])).toEqual(['one', 'two']);
  });

  it('keeps empty lines as empty lines', async () => {
    expect(await linesOf([Buffer.from('a\n\nb\n')])).toEqual(['a', '', 'b']);
  });
});
