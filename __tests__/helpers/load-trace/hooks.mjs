// The load hook of trace.mjs (it runs on the loader thread): one line per ES module loaded.
import { appendFileSync } from 'node:fs';

let out = '';

export function initialize(data) {
  out = data.out;
}

export async function load(url, context, nextLoad) {
  appendFileSync(out, `esm ${url}\n`);
  return nextLoad(url, context);
}
