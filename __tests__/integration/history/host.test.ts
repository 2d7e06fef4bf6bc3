/** Schema v4: the host (SSH host, Docker image) of a remote run; baselines never mix hosts. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { migrate } from '../../../src/engine/history/schema.js';
import { loadSqlJs } from '../../../src/engine/history/sqljs.js';
import { HistoryStore } from '../../../src/engine/history/store.js';
import { writeFile } from 'node:fs/promises';
import { makeRecord } from '../../helpers/builders.js';
import { tempDir } from '../../helpers/pyrun.js';

const fingerprint = { os: 'linux', arch: 'x64', python_version: '3.12.3', executor: 'ssh' as const };

describe('the host of remote runs (schema v4)', () => {
  it('keeps each host’s runs apart in baselines, and reads a v3 file’s runs as hostless', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    migrate(db, 3);
    const path = join(tempDir(), 'h.sqlite');
    await writeFile(path, db.export());
    db.close();

    const store = await HistoryStore.open(path);
    const base = { name: 'etl', executor: 'ssh' as const, python_version: '3.12.3', repeats: undefined };
    store.insert(makeRecord({ ...base, host: 'build-1' }));
    store.insert(makeRecord({ ...base, host: 'build-1' }));
    store.insert(makeRecord({ ...base, host: 'build-2' }));
    const one = store.baselineRuns({ name: 'etl', fingerprint: { ...fingerprint, host: 'build-1' } });
    expect(one.map((r) => r.host)).toEqual(['build-1', 'build-1']);
    expect(
      store.baselineRuns({ name: 'etl', fingerprint: { ...fingerprint, host: 'build-2' } }),
    ).toHaveLength(1);
    expect(store.getRun(one[0]!.run_id)!.host).toBe('build-1');
    store.insert(makeRecord({ name: 'local', repeats: undefined }));
    expect(store.listRuns({ name: 'local' })[0]!.host).toBeNull();
    store.close();
  });
});
