import { describe, expect, it } from '@jest/globals';
import { renderJson } from '../../../src/engine/report/json.js';
import { fixtureRecord } from '../../helpers/builders.js';
import { expectGolden } from './golden.js';

describe('renderJson', () => {
  it('matches the golden file', () => {
    expectGolden('run.json', renderJson(fixtureRecord()));
  });

  it('is the record as pretty JSON with one trailing newline', () => {
    const json = renderJson(fixtureRecord());
    expect(JSON.parse(json)).toEqual(fixtureRecord());
    expect(json.startsWith('{\n  "name": "train-model",\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.endsWith('\n\n')).toBe(false);
  });
});
