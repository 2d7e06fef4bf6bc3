/**
 * Writes the files a run asked for (`--json`, `--junit`, …) through the engine's one report writer: folders
 * created, temp file + rename; a failed write is one warning and the other reports are still written.
 */
import type { Config } from '../config/parse.js';
import type { Logger } from '../engine/ports.js';
import { writeReportFile } from '../engine/report/write-file.js';
import type { RunRecord } from '../engine/types.js';

export async function writeOutputs(
  record: RunRecord,
  config: Config,
  log: Logger,
  history: readonly RunRecord[] = [],
): Promise<void> {
  const wanted = [
    config.json_path,
    config.junit_path,
    config.tap_path,
    config.summary_path,
    config.html_path,
  ];
  if (wanted.every((file) => !file)) return;
  // Loaded only when a report is asked for: the renderers (and the XML builder) cost start-up time otherwise.
  const { renderHtml, renderJson, renderJunit, renderMarkdown, renderTap } =
    await import('../engine/report/index.js');
  const outputs: [string | null, () => string][] = [
    [config.json_path, () => renderJson(record)],
    [config.junit_path, () => renderJunit(record)],
    [config.tap_path, () => renderTap(record)],
    [config.summary_path, () => renderMarkdown(record)],
    [config.html_path, () => renderHtml(record, { history })],
  ];
  for (const [file, render] of outputs) {
    if (file) await writeReport(file, render(), log);
  }
}

export async function writeReport(file: string, text: string, log: Logger): Promise<boolean> {
  const result = await writeReportFile(file, text);
  if (!result.ok) log.warn(`could not write the report ${file}: ${result.error}`);
  return result.ok;
}
