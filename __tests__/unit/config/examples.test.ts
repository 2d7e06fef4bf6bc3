/** examples/pyproject.toml is a working suite: it parses, validates, and names files that exist. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfigFile } from '../../../src/config/file.js';
import { parseConfig } from '../../../src/config/parse.js';
import { resolveSuite } from '../../../src/config/suite.js';
import { ROOT } from '../../helpers/pyrun.js';

const EXAMPLES = path.join(ROOT, 'examples');

describe('examples/pyproject.toml', () => {
  it('holds a suite of two scripts and one module, each a valid configuration', () => {
    const config = loadConfigFile({ cwd: EXAMPLES, env: {} });
    expect(config).not.toBeNull();
    expect(config!.warnings).toEqual([]);
    const configs = resolveSuite({ config: config!, flags: {} }).map((raw) => parseConfig(raw));
    expect(configs.map((c) => [c.name, c.script, c.module])).toEqual([
      ['etl', 'nightly_etl.py', null],
      ['checksums', 'checksum_files.py', null],
      ['report', '', 'reports.build'],
    ]);
    for (const c of configs) {
      expect(c.cwd).toBe(EXAMPLES);
      expect(c.interval_s).toBe(0.2);
      expect(c.gates.slice(0, 2)).toEqual(['peak_rss_mb < 1GB', 'exit_code == 0']);
      const file = c.module ? path.join(c.module.split('.').join('/') + '.py') : c.script;
      expect([file, existsSync(path.join(c.cwd!, file))]).toEqual([file, true]);
    }
    expect(configs[0]!.gates).toContain('duration_s <= 1.25 * baseline');
    expect(configs[1]!).toMatchObject({ retries: 1, retry_delay_s: 2 });
    expect(configs[2]!).toMatchObject({ repeat: 3, warmup: 1 });
  });
});
