import { testConfig } from './vitest.shared.js';

/** End-to-end tests: the browser edition driven in Debian's Chromium, one file at a time. */
export default testConfig({
  include: ['test/e2e/**/*.test.ts'],
  globalSetup: ['test/e2e/global-setup.ts'],
  fileParallelism: false,
  testTimeout: 120_000,
  hookTimeout: 120_000,
});
