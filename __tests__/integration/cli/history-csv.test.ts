/**
 * `pyrun history --csv` through the built CLI on a real history file: the output is parsed as RFC 4180 (by a
 * parser written here, independent of the writer) and every field compared with the records imported.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { openHistory } from '../../../src/engine/index.js';
import { RUN_METRIC_FIELDS } from '../../../src/engine/metrics.js';
import type { RunRecord } from '../../../src/engine/types.js';
import { pyrun, tempDir } from '../../helpers/pyrun.js';
import { makeRecord } from '../../helpers/builders.js';

const dir = tempDir();
const db = path.join(dir, 'history.sqlite');

/** RFC 4180: records end CRLF; a quoted field may hold commas, CR, LF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (field === '' && text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else field += text[i++];
      }
      if (text[i] !== ',' && !text.startsWith('\r\n', i))
        throw new Error(`junk after a quoted field at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (text[i] === '\n' || text[i] === '\r' || text[i] === '"') {
      throw new Error(`bare ${JSON.stringify(text[i])} outside quotes at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

const RUNS: RunRecord[] = [
  makeRecord({ name: 'etl, nightly "full"', started_at: '2026-01-01T00:00:00.000Z', repeats: undefined }),
  makeRecord({
    name: 'etl, nightly "full"',
    started_at: '2026-01-02T00:00:00.000Z',
    git_ref: 'refs/heads/line\nbreak',
    repeats: undefined,
    minor_faults: 5,
  }),
  // Recorded where rusage could not be measured, and killed by a signal: empty fields.
  makeRecord({
    name: 'etl, nightly "full"',
    started_at: '2026-01-03T00:00:00.000Z',
    repeats: undefined,
    exit_code: null,
    signal: 'SIGKILL',
    status: 'failed',
    cpu_user_s: null,
    cpu_system_s: null,
    minor_faults: null,
    major_faults: null,
    voluntary_ctx_switches: null,
    involuntary_ctx_switches: null,
  }),
];

beforeAll(async () => {
  // Written as `pyrun run` writes them (import refuses a ref with a line break: see validate.ts).
  const history = await openHistory(db, { mode: 'merge' });
  for (const run of RUNS) await history.commit(run);
  history.close();
});

describe('pyrun history --csv', () => {
  it('writes a header of field names from the metric table and one row per run, newest first', async () => {
    const r = await pyrun(['history', '--db', db, '--csv']);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header!.slice(0, 5)).toEqual(['run_id', 'name', 'started_at', 'status', 'signal']);
    for (const field of RUN_METRIC_FIELDS) expect(header).toContain(field);
    expect(header).toContain('minor_faults');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(header!.length);

    const records = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
    const expected = [...RUNS].reverse();
    records.forEach((rec, i) => {
      const run = expected[i]!;
      expect(rec.run_id).toBe(run.run_id);
      expect(rec.name).toBe('etl, nightly "full"');
      expect(rec.git_ref).toBe(run.git_ref);
      for (const field of RUN_METRIC_FIELDS) {
        const value = run[field];
        expect([field, rec[field]]).toEqual([field, value === null ? '' : String(value)]);
      }
    });
    expect(records[1]!.git_ref).toBe('refs/heads/line\nbreak');
    expect(records[0]).toMatchObject({ signal: 'SIGKILL', exit_code: '', minor_faults: '', cpu_user_s: '' });
    expect(Number(records[1]!.minor_faults)).toBe(5);
  });

  it('honours --name and --last, and writes the header alone for no runs', async () => {
    const one = parseCsv((await pyrun(['history', '--db', db, '--csv', '--last', '1'])).stdout);
    expect(one).toHaveLength(2);
    const none = await pyrun(['history', '--db', db, '--csv', '--name', 'nothing']);
    expect(none.code).toBe(0);
    expect(parseCsv(none.stdout)).toHaveLength(1);
  });

  it('refuses --json with --csv (exit 125, naming both)', async () => {
    const r = await pyrun(['history', '--db', db, '--csv', '--json']);
    expect(r.code).toBe(125);
    expect(r.stderr).toContain('--json and --csv');
  });
});
