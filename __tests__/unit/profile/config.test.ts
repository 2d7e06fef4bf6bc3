import { describe, expect, it } from '@jest/globals';
import { ConfigError, parseConfig } from '../../../src/config/parse.js';

describe('--profile in the shared config', () => {
  it('is off by default and takes a directory', () => {
    expect(parseConfig({ script: 'a.py' })).toMatchObject({ profile: false, profile_dir: null });
    expect(parseConfig({ script: 'a.py', profile: true, 'profile-dir': 'prof' })).toMatchObject({
      profile: true,
      profile_dir: 'prof',
    });
  });

  it('is refused with a remote executor, naming both options', () => {
    let problems: string[] = [];
    try {
      parseConfig({ script: 'a.py', profile: true, executor: 'docker', 'docker-image': 'python:3' });
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual(['--profile works with --executor local only']);
  });
});
