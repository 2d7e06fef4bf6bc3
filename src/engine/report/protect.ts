/**
 * A report path is never a history: refused before anything runs (and checked again by writeReportFile's
 * `protect` when each report is written, since a script may plant a symlink meanwhile).
 */
import { PyrunError } from '../errors.js';
import { protectedFileAt } from './write-file.js';

/** The flag that names each report file, for messages. */
const REPORT_FLAGS: Record<string, string> = {
  benchmark_action: '--export-benchmark-action',
  bmf: '--export-bmf',
  hyperfine: '--export-hyperfine',
};

/**
 * Refuses (PyrunError, exit 125), before anything runs, a report path that is a history file or its lock, or a
 * symlink to either (protectedFileAt). `reports` maps a report kind (`json`, `summary`, `hyperfine`…) to its path.
 * The check is repeated when each report is written (writeReportFile's `protect`): a script may plant a symlink
 * meanwhile.
 */
export async function refuseReportOverHistory(
  reports: Readonly<Record<string, string | null>>,
  protect: readonly string[],
): Promise<void> {
  for (const [kind, file] of Object.entries(reports)) {
    if (!file) continue;
    const clash = await protectedFileAt(file, protect);
    if (clash !== null) {
      throw new PyrunError(
        `${REPORT_FLAGS[kind] ?? `--${kind}`} ${file} is ${clash}: a report would overwrite the history; ` +
          'choose another file',
      );
    }
  }
}
