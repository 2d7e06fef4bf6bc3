/**
 * The remote launcher's program: what runs beside the script on an SSH host or in a container
 * (src/python/remote.py, with launcher.py's reaper), as one `python3 -S -E -c PROGRAM` argument.
 *
 * PROGRAM is src/python/bootstrap.py with its `SOURCES = {}` line filled in with launcher.py and remote.py, read
 * from the files at run time (./python-files.ts). Why at run time rather than inlined by the build: the local
 * launcher must be a file at run time anyway (so `ps` shows `python3 … launcher.py SCRIPT`), so both executors
 * read the same files through one mechanism, and running from source (jest) needs no build step.
 *
 * A JSON string is a valid Python string literal (JSON's escapes are a subset of Python's), so the sources travel
 * as `SOURCES = {"launcher": "…", "remote": "…"}`, every character beyond ASCII escaped (`\uXXXX`) so the program
 * means the same whatever the remote locale.
 */
import { pythonSource } from './python-files.js';

const SOURCES_LINE = /^SOURCES = \{\}.*$/m;

let cached: string | undefined;

/** The whole remote program, as `python3 -S -E -c` takes it. */
export function remoteLauncherProgram(): string {
  if (cached !== undefined) return cached;
  const bootstrap = pythonSource('bootstrap.py');
  if (!SOURCES_LINE.test(bootstrap)) throw new Error('bootstrap.py has no `SOURCES = {}` line to fill in');
  const sources = { launcher: pythonSource('launcher.py'), remote: pythonSource('remote.py') };
  const filled = `SOURCES = {${Object.entries(sources)
    .map(([name, text]) => `${pythonString(name)}: ${pythonString(text)}`)
    .join(', ')}}`;
  cached = bootstrap.replace(SOURCES_LINE, () => filled);
  return cached;
}

/** A Python string literal of pure ASCII for any text (astral characters as one `\UXXXXXXXX`, not two halves). */
export function pythonString(text: string): string {
  return JSON.stringify(text).replace(/[^\t\n\r\u0020-\u007e]/gu, (c) => {
    const code = c.codePointAt(0) as number;
    return code > 0xffff
      ? `\\U${code.toString(16).padStart(8, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
