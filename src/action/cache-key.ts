/**
 * Actions-cache keys for a series' history. Pure: every fact about the run arrives as an argument.
 *
 * Layout (one entry per run, keys are immutable):
 *
 *   pyrun-v1-<os>-<arch>-<identity>-<ref>_<run_id>-<run_attempt>
 *
 * - `<os>`, `<arch>`: RUNNER_OS / RUNNER_ARCH (`Linux`, `X64`), reduced to [A-Za-z0-9_.] so they hold no `-`.
 * - `<identity>`: 16 hex digits of SHA-256 over (workflow, job, series, matrix identity). The series name and the
 *   matrix can be any text; hashing keeps the key short and valid, and parallel matrix legs, jobs and series never
 *   share a key or a restore prefix. The matrix JSON is canonicalised (object keys sorted) before hashing.
 * - `<ref>`: the full git ref (`refs/heads/main`, `refs/pull/7/merge`). A short branch name (`main`, as
 *   GITHUB_BASE_REF gives it) becomes `refs/heads/main`, so a pull request finds the history its base branch's
 *   pushes saved. Every character but letters, digits, `.` and `-` is percent-encoded (`refs%2Fheads%2Fmain`), so a
 *   key is also a valid file name: stand-ins that store an entry as a file named after its key (the cache stub of
 *   @github/local-action) cannot meet a `/`, and the cache service never meets a `,`. A ref too long for the
 *   512-character limit is replaced by `~` and its hash (an encoded ref always starts with `refs`).
 * - `_` ends the ref and occurs nowhere else in it (it is encoded), so the restore prefix `…-refs%2Fheads%2Fmain_`
 *   can never match the history of `refs/heads/main-2` (a `-` separator would).
 * - Entries saved before this encoding (`…-refs/heads/main:…`) are still restored: each prefix in the older form
 *   follows the new ones, so an upgrade keeps the history.
 *
 * Restore prefixes, newest entry wins within a prefix, first prefix that matches wins:
 * - a pull request (or any run given `baseRef`): the base ref's prefix only. Its baseline is the base branch's
 *   history, and since its own runs are saved under the pull request's ref, they never become anyone's baseline.
 * - otherwise: this ref's prefix, then `defaultRef`'s (when given and different) so a new branch starts from the
 *   default branch's history.
 */
import { createHash } from 'node:crypto';

export const HISTORY_KEY_VERSION = 'pyrun-v1';
/** The cache service refuses longer keys. */
export const MAX_CACHE_KEY_CHARS = 512;
/** Encoded refs longer than this are hashed, which keeps every key well under the limit. */
const MAX_REF_CHARS = 300;

export interface HistoryKeyInput {
  /** RUNNER_OS, e.g. `Linux`. */
  os: string;
  /** RUNNER_ARCH, e.g. `X64`. */
  arch: string;
  /** GITHUB_WORKFLOW (or the workflow file's ref). */
  workflow: string;
  /** GITHUB_JOB. */
  job: string;
  /** The series name. */
  series: string;
  /** JSON of the matrix identity (`${{ toJSON(matrix) }}`), or null outside a matrix. */
  matrix: string | null;
  run_id: string;
  run_attempt: string;
  /** This run's ref (GITHUB_REF); the save key lives under it. */
  ref: string;
  /** Whose history to restore instead of this ref's: the base branch for a pull request (GITHUB_BASE_REF). */
  baseRef?: string | null;
  /** Fallback for a ref with no history yet, e.g. `refs/heads/main`. Ignored when `baseRef` is given. */
  defaultRef?: string | null;
}

export interface HistoryCacheKeys {
  saveKey: string;
  /** Prefixes in priority order, each ending in `_` (then the same refs in the older `:` form). */
  restorePrefixes: string[];
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `Linux` stays `Linux`; anything outside [A-Za-z0-9_.] becomes `_` (and never `-`, the separator). */
function token(text: string, fallback: string): string {
  const cleaned = text.trim().replace(/[^A-Za-z0-9_.]/g, '_');
  return cleaned === '' ? fallback : cleaned;
}

/** Sorts object keys recursively, so `{"b":1,"a":2}` and `{"a":2,"b":1}` are the same identity. */
function canonicalJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalJson(v)]));
  }
  return value;
}

/** The matrix identity as stable text: canonical JSON when it parses, the text itself otherwise. */
export function matrixIdentity(matrix: string | null): string | null {
  if (matrix === null || matrix.trim() === '' || matrix.trim() === 'null') return null;
  try {
    return JSON.stringify(canonicalJson(JSON.parse(matrix)));
  } catch {
    return matrix.trim();
  }
}

/** 16 hex digits naming (workflow, job, series, matrix). */
export function seriesIdentity(
  input: Pick<HistoryKeyInput, 'workflow' | 'job' | 'series' | 'matrix'>,
): string {
  const parts = [input.workflow, input.job, input.series, matrixIdentity(input.matrix)];
  return sha256Hex(JSON.stringify(parts)).slice(0, 16);
}

/** `main` → `refs/heads/main`; full refs unchanged. */
export function fullRef(ref: string): string {
  const trimmed = ref.trim();
  if (trimmed === '') return 'refs/heads/unknown';
  return trimmed.startsWith('refs/') ? trimmed : `refs/heads/${trimmed}`;
}

/** The ref as it appears in a key: all but `[A-Za-z0-9.-]` percent-encoded (UTF-8), or `~<hash>` when too long. */
export function encodeRef(ref: string): string {
  const full = fullRef(ref);
  const encoded = Array.from(Buffer.from(full, 'utf8'))
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9.-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  return encoded.length <= MAX_REF_CHARS ? encoded : `~${sha256Hex(full).slice(0, 32)}`;
}

/** The ref in the keys of earlier versions: `%`, `,` and `:` encoded, `:` the terminator. */
function legacyEncodeRef(ref: string): string {
  const full = fullRef(ref);
  const encoded = full.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A');
  return encoded.length <= MAX_REF_CHARS ? encoded : `~${sha256Hex(full).slice(0, 32)}`;
}

function stem(input: HistoryKeyInput): string {
  return [HISTORY_KEY_VERSION, token(input.os, 'os'), token(input.arch, 'arch'), seriesIdentity(input)].join(
    '-',
  );
}

export function historyCacheKeys(input: HistoryKeyInput): HistoryCacheKeys {
  const base = stem(input);
  const prefixOf = (ref: string): string => `${base}-${encodeRef(ref)}_`;
  const legacyPrefixOf = (ref: string): string => `${base}-${legacyEncodeRef(ref)}:`;
  const saveKey = `${prefixOf(input.ref)}${token(input.run_id, '0')}-${token(input.run_attempt, '1')}`;
  let refs: string[];
  if (input.baseRef && input.baseRef.trim() !== '') {
    refs = [input.baseRef];
  } else {
    refs = [input.ref];
    if (input.defaultRef && input.defaultRef.trim() !== '') refs.push(input.defaultRef);
  }
  const restorePrefixes = [...new Set([...refs.map(prefixOf), ...refs.map(legacyPrefixOf)])];
  return { saveKey, restorePrefixes };
}

/**
 * The git ref a restore prefix (`…-<encoded ref>_`, or the older `…-<ref>:`) was made for, or null when it was
 * hashed (too long) or the text is not such a prefix. The REST cache listing filters on it.
 */
export function refOfPrefix(prefix: string): string | null {
  if (!prefix.startsWith(`${HISTORY_KEY_VERSION}-`)) return null;
  const match = /^[^-]+-[^-]+-[0-9a-f]{16}-(.*)([_:])$/.exec(prefix.slice(HISTORY_KEY_VERSION.length + 1));
  const encoded = match?.[1];
  if (encoded === undefined || !encoded.startsWith('refs')) return null;
  if (match?.[2] === ':') {
    if (!encoded.startsWith('refs/')) return null;
    return encoded.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  }
  if (!/^[A-Za-z0-9.%-]*$/.test(encoded)) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** The restore prefix a saved key lives under (the ref's, ending in `_`, or `:` in the older form); null if none. */
export function prefixOfKey(key: string): string | null {
  const match = /^[^-]+-[^-]+-[^-]+-[^-]+-[0-9a-f]{16}-(?:refs[A-Za-z0-9.%-]*|~[0-9a-f]{32})_/.exec(key);
  if (match) return match[0];
  const cut = key.lastIndexOf(':');
  return cut > 0 ? key.slice(0, cut + 1) : null;
}
