import base from './jest.config.js';

/**
 * `npm run test:unit`: the fast base of the pyramid, pure code with hand-written fakes (a manual clock, a scripted
 * /proc, a scripted executor) and files in a temporary folder. No real Python process, server or system tool runs,
 * so it needs no build of dist/. `npm test` runs these and everything else.
 * @type {import('jest').Config}
 */
export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    // These live beside the unit tests they belong to, but start real things:
    '/__tests__/unit/docs/release\\.test\\.ts$', // git, in a scratch repository
    '/__tests__/unit/docs/docs\\.test\\.ts$', // node scripts/action-docs.mjs
    '/__tests__/unit/export/otlp\\.test\\.ts$', // an OTLP receiver on loopback
    '/__tests__/unit/export/prometheus\\.test\\.ts$', // a real Pushgateway
    '/__tests__/unit/report/tap\\.test\\.ts$', // Perl's prove
    '/__tests__/unit/report/write-file\\.test\\.ts$', // a child under a file-size limit
  ],
};
