/** Writes the files a run asked for (`--json` …), creating their directories; a failed write is a warning. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/parse.js';
import type { Logger } from '../engine/ports.js';
import type { RunRecord } from '../engine/types.js';

export async function writeOutputs(record: RunRecord, config: Config, log: Logger): Promise<void> {
  const outputs: [string | null, () => string][] = [
    [config.json_path, () => `${JSON.stringify(record, null, 2)}\n`],
  ];
  for (const [file, render] of outputs) {
    if (!file) continue;
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, render());
    } catch (error) {
      log.warn(`could not write ${file}: ${(error as Error).message}`);
    }
  }
}
