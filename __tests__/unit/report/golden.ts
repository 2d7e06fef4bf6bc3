/**
 * Golden files: committed expected outputs under __tests__/golden/. A test compares byte for byte;
 * `UPDATE_GOLDEN=1 npm test -- __tests__/unit/report` rewrites them (review the diff before committing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';

export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'golden');

export function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual, 'utf8');
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${path} is missing: run the tests with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
