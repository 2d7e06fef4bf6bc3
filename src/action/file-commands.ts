/**
 * The runner's file commands and the script. A step talks to the runner by appending to files named in its
 * environment: `$GITHUB_ENV` (variables for later steps — `NODE_OPTIONS=--require …` runs code in every later
 * Node step), `$GITHUB_PATH`, `$GITHUB_OUTPUT`, `$GITHUB_STATE` and `$GITHUB_STEP_SUMMARY` (the job summary, where
 * a forged "✅ passed" would read as pyrun's verdict). The runner applies them when the step ends. What the script
 * writes there must never pass for pyrun's, so:
 *
 * - the script gets private files of its own for these five variables (fresh, empty, in a 0700 folder). After the
 *   run pyrun reads what it wrote (bounded) and applies none of it: the summary text is shown apart, labelled and
 *   as plain text; for the others one warning names the variables the script tried to set, never their values;
 * - the script can still find the runner's real files (same user: `/proc/<pid>/environ` of pyrun, the runner's
 *   temp folder). pyrun itself writes nothing to them while scripts run, so it keeps their content from before the
 *   first script and, once the scripts and every process they left have ended, puts back exactly that: appended
 *   bytes are cut off, a rewritten, replaced or removed file is restored, each with a warning.
 */
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { showInvisible } from '../engine/index.js';

export const FILE_COMMANDS = [
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];

/** Bytes of one of the script's files read back; the rest is counted, never read. */
export const MAX_SCRIPT_FILE_BYTES = 1 << 20;
/** Characters of the script's summary text shown in the job summary. */
export const MAX_SCRIPT_SUMMARY_CHARS = 16_384;
const APPLIES_NOTHING = "pyrun applies nothing a script writes to the runner's file commands";
/** Variable names listed in one warning. */
const MAX_NAMES_SHOWN = 12;
/** The runner's files are the step's own (fresh and nearly empty): their content is kept whole up to this size. */
const MAX_KEPT_BYTES = 4 << 20;

interface BoundedRead {
  /** The file's size (bytes), as fstat says. */
  size: number;
  /** Its first bytes, at most the bound. */
  head: Buffer;
  stats: Stats;
}

/** Reads at most `max` bytes of a regular file, never following a symlink nor blocking on a FIFO. */
function readBounded(file: string, max: number): BoundedRead | { problem: string } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: 'removed' };
    if (code === 'ELOOP') return { problem: 'replaced by a symlink' };
    return { problem: `unreadable (${code ?? String(error)})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: 'replaced by something that is not a file' };
    const head = Buffer.alloc(Math.min(max, stats.size));
    let got = 0;
    while (got < head.length) {
      const n = readSync(fd, head, got, head.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { size: stats.size, head: head.subarray(0, got), stats };
  } finally {
    closeSync(fd);
  }
}

/**
 * The names a file command's text sets, in order, each once: `NAME=value` lines and `NAME<<DELIMITER` blocks (the
 * runner's two forms; a block's value lines are skipped up to its delimiter). Values are never returned.
 */
export function fileCommandNames(text: string): string[] {
  const names: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      names.push(line.slice(0, equals));
    } else if (heredoc >= 0) {
      names.push(line.slice(0, heredoc));
      const delimiter = line.slice(heredoc + 2);
      while (i + 1 < lines.length && lines[i + 1] !== delimiter) i++;
      i++;
    }
  }
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** Names for a log line: escaped (a name may hold anything), cut short, a bounded list. */
function nameList(names: readonly string[]): string {
  const shown = names
    .slice(0, MAX_NAMES_SHOWN)
    .map((n) => showInvisible(n.length > 64 ? `${n.slice(0, 63)}…` : n));
  const more = names.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** What writing `text` to `variable` would have done, in words; names only. */
function whatItSets(variable: FileCommand, text: string, truncated: boolean): string {
  if (variable === 'GITHUB_PATH') {
    const entries = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
    return `${entries}${truncated ? '+' : ''} PATH ${entries === 1 && !truncated ? 'entry' : 'entries'}`;
  }
  if (variable === 'GITHUB_STEP_SUMMARY') return 'job summary text';
  const names = fileCommandNames(text);
  const what = { GITHUB_ENV: 'variable', GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state' }[variable];
  if (names.length === 0) return `no ${what} pyrun could name`;
  return `${what}${names.length === 1 ? '' : 's'} ${nameList(names)}${truncated ? ' (and what it wrote past the first MiB)' : ''}`;
}

export interface ScriptWrite {
  variable: FileCommand;
  /** Bytes the script left in its file. */
  size: number;
  /** The first MAX_SCRIPT_FILE_BYTES of them. */
  head: Buffer;
  /** The file is not what pyrun made (removed, a symlink, a FIFO): nothing of it was read. */
  problem: string | null;
}

export interface ScriptFileCommands {
  /** The variables to give the script: each names a fresh, empty, private file. */
  env: Record<FileCommand, string>;
  /** After the run: what the script left in each file it changed. */
  collect(): ScriptWrite[];
}

/** Fresh private files (a new 0700 folder under `parent`) for the script's file commands. */
export function privateFileCommands(parent: string): ScriptFileCommands {
  const dir = mkdtempSync(path.join(parent, 'script-file-commands-'));
  const env = {} as Record<FileCommand, string>;
  for (const variable of FILE_COMMANDS) {
    const file = path.join(dir, variable.toLowerCase());
    writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
    env[variable] = file;
  }
  return {
    env,
    collect: () =>
      FILE_COMMANDS.flatMap((variable): ScriptWrite[] => {
        const read = readBounded(env[variable], MAX_SCRIPT_FILE_BYTES);
        if ('problem' in read) return [{ variable, size: 0, head: Buffer.alloc(0), problem: read.problem }];
        return read.size === 0 ? [] : [{ variable, size: read.size, head: read.head, problem: null }];
      }),
  };
}

export interface ScriptWritesReport {
  /** One per file command the script used (summary aside), naming what it tried to set; never a value. */
  warnings: string[];
  /** The job summary's section for the script's own summary text, or null when it wrote none. */
  summary_markdown: string | null;
}

/** What the action shows of the script's file commands (see the header). */
export function reportScriptWrites(writes: readonly ScriptWrite[]): ScriptWritesReport {
  const warnings: string[] = [];
  let summary_markdown: string | null = null;
  for (const write of writes) {
    if (write.problem !== null) {
      warnings.push(
        `the script's private $${write.variable} file was ${write.problem}; nothing of it is applied`,
      );
      continue;
    }
    if (write.variable === 'GITHUB_STEP_SUMMARY') {
      summary_markdown = scriptSummarySection(write);
      continue;
    }
    const truncated = write.size > write.head.length;
    warnings.push(
      `the script wrote ${write.size} bytes to its $${write.variable} (${whatItSets(write.variable, write.head.toString('utf8'), truncated)}); ` +
        `not applied: ${APPLIES_NOTHING} (values are not shown)`,
    );
  }
  return { warnings, summary_markdown };
}

/**
 * The script's summary text as a section of the job summary: a heading that says whose it is, then the text as
 * written inside a code block (no heading, link, image, HTML or mention renders there; the fence outgrows any run
 * of backticks in the text), invisible characters escaped, cut to MAX_SCRIPT_SUMMARY_CHARS.
 */
export function scriptSummarySection(write: Pick<ScriptWrite, 'size' | 'head'>): string {
  const whole = write.head.toString('utf8').replace(/\r\n?/g, '\n');
  const cut = [...whole].length > MAX_SCRIPT_SUMMARY_CHARS;
  const text = showInvisible(cut ? [...whole].slice(0, MAX_SCRIPT_SUMMARY_CHARS).join('') : whole).replace(
    /\n$/,
    '',
  );
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const note =
    cut || write.size > write.head.length ? ` (its first ${MAX_SCRIPT_SUMMARY_CHARS} characters)` : '';
  return [
    '### Written by the script to `$GITHUB_STEP_SUMMARY`',
    '',
    `Not pyrun's report: ${write.size} bytes the script itself wrote${note}, shown as plain text, not rendered.`,
    '',
    `${fence}text`,
    text,
    fence,
  ].join('\n');
}

interface KeptFile {
  variable: FileCommand;
  file: string;
  /** null: there was no file. */
  stats: Stats | null;
  /** Its whole content, or null when it was too large to keep (then only its size is put back). */
  content: Buffer | null;
}

export interface RunnerFileGuard {
  /** Puts the runner's files back as they were; one warning for each the script changed. Never throws. */
  restore(): string[];
}

/**
 * Keeps the runner's own file commands (the paths in `env`) as they are before the first script starts; call
 * `restore()` once every script and every process they left have ended (see the header).
 */
export function guardRunnerFileCommands(env: Record<string, string | undefined>): RunnerFileGuard {
  const kept: KeptFile[] = [];
  for (const variable of FILE_COMMANDS) {
    const file = env[variable];
    if (!file) continue;
    const read = readBounded(file, MAX_KEPT_BYTES);
    if ('problem' in read) {
      // Not a regular file of the runner's (absent, or something pyrun will not guess about): only its absence
      // is kept, so a file the script creates there is removed.
      if (read.problem === 'removed') kept.push({ variable, file, stats: null, content: null });
      continue;
    }
    kept.push({
      variable,
      file,
      stats: read.stats,
      content: read.size <= MAX_KEPT_BYTES ? read.head : null,
    });
  }
  return {
    restore: () =>
      kept.flatMap((k) => {
        try {
          const warning = restoreOne(k);
          return warning === null ? [] : [warning];
        } catch (error) {
          return [
            `the runner's $${k.variable} file could not be checked or restored after the script ran ` +
              `(${(error as Error).message}); what the script may have written there could be applied by the runner`,
          ];
        }
      }),
  };
}

/** Puts one file back; the warning, or null when the script left it as it was. */
function restoreOne(k: KeptFile): string | null {
  const where = `the runner's $${k.variable} file`;
  const now = readBounded(k.file, (k.stats?.size ?? 0) + MAX_SCRIPT_FILE_BYTES);
  if (k.stats === null) {
    if ('problem' in now && now.problem === 'removed') return null;
    unlinkSync(k.file);
    return `the script created ${where} during its run; removed: ${APPLIES_NOTHING}`;
  }
  const sameFile = !('problem' in now) && now.stats.dev === k.stats.dev && now.stats.ino === k.stats.ino;
  if (!sameFile) {
    if (k.content === null) {
      return `the script replaced ${where} during its run, and it was too large to restore; its content may be applied by the runner`;
    }
    if (!('problem' in now && now.problem === 'removed')) unlinkSync(k.file);
    writeFileSync(k.file, k.content, { mode: k.stats.mode & 0o7777, flag: 'wx' });
    const how = 'problem' in now ? now.problem : 'replaced';
    return `the script ${how === 'removed' ? 'removed' : 'replaced'} ${where} during its run; restored: ${APPLIES_NOTHING}`;
  }
  const before = k.stats.size;
  const prefixKept = k.content === null || now.head.subarray(0, before).equals(k.content);
  if (now.size === before && prefixKept) return null;
  const fd = openSync(k.file, constants.O_WRONLY | constants.O_NOFOLLOW);
  try {
    if (now.size > before && prefixKept) {
      ftruncateSync(fd, before);
      const added = now.head.subarray(before);
      const what =
        k.variable === 'GITHUB_STEP_SUMMARY'
          ? ''
          : ` (${whatItSets(k.variable, added.toString('utf8'), now.size > now.head.length)})`;
      return `the script appended ${now.size - before} bytes to ${where} during its run${what}; removed: ${APPLIES_NOTHING}`;
    }
    if (k.content === null) {
      return `the script changed ${where} during its run, and it was too large to restore; its content may be applied by the runner`;
    }
    ftruncateSync(fd, 0);
    writeSync(fd, k.content, 0, k.content.length, 0);
    return `the script rewrote ${where} during its run; restored: ${APPLIES_NOTHING}`;
  } finally {
    closeSync(fd);
  }
}
