/**
 * Tests that need a tool from the machine (sshd, Chromium, Perl's prove, a Pushgateway). On a developer's laptop
 * a missing tool skips the suite with one line saying how to install it; under CI=true (where .ci/run installs
 * every tool) a missing tool FAILS, so a broken install can never pass as a green run that tested nothing.
 */
import { describe, it } from '@jest/globals';

/** `describe` when `missing` is null; else a skip (locally) or a failing test (CI) that names what is missing. */
export function describeWith(missing: string | null): typeof describe {
  if (missing === null) return describe;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    return ((name: string) =>
      describe(name, () => {
        it(`has what it needs (${missing})`, () => {
          throw new Error(`${missing} — .ci/run must install it`);
        });
      })) as unknown as typeof describe;
  }
  process.stderr.write(`skipped: ${missing}\n`);
  return describe.skip as unknown as typeof describe;
}

/** The same for a single test. */
export function itWith(missing: string | null): typeof it {
  if (missing === null) return it;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    return ((name: string) =>
      it(name, () => {
        throw new Error(`${missing} — .ci/run must install it`);
      })) as unknown as typeof it;
  }
  process.stderr.write(`skipped: ${missing}\n`);
  return it.skip as unknown as typeof it;
}
