/** The run path's own median, MAD and erf (src/engine/analysis/robust.ts) agree exactly with simple-statistics. */
import { describe, expect, it } from '@jest/globals';
import * as ss from 'simple-statistics';
import { errorFunction, median, medianAbsoluteDeviation } from '../../../src/engine/analysis/robust.js';
import { mulberry32, normals } from './prng.js';

describe('robust statistics of the run path', () => {
  it('median and MAD equal simple-statistics on odd, even, tied and skewed samples', () => {
    const draw = normals(mulberry32(16));
    const samples: number[][] = [[1], [2, 1], [3, 1, 2], [5, 5, 5, 1], [-2, 0, 7.5, 1e9, 3]];
    for (let n = 1; n <= 40; n++)
      samples.push(Array.from({ length: n }, (_, i) => (i % 3 === 0 ? Math.exp(draw()) : draw())));
    for (const s of samples) {
      const before = [...s];
      expect([median(s), medianAbsoluteDeviation(s)]).toEqual([ss.median(s), ss.medianAbsoluteDeviation(s)]);
      expect(s).toEqual(before); // the input is not reordered
    }
  });

  it('median of nothing throws, as simple-statistics does', () => {
    expect(() => median([])).toThrow();
    expect(() => ss.median([])).toThrow();
  });

  it('errorFunction equals simple-statistics bit for bit, and erf’s known values within 1.2e-7', () => {
    for (let x = -6; x <= 6; x += 0.01) expect(errorFunction(x)).toBe(ss.errorFunction(x));
    expect(errorFunction(0)).toBeCloseTo(0, 6);
    expect(errorFunction(0.5)).toBeCloseTo(0.5204998778, 6);
    expect(errorFunction(1)).toBeCloseTo(0.8427007929, 6);
    expect(errorFunction(-2)).toBeCloseTo(-0.995322265, 6);
  });
});
