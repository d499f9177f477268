import { testConfig } from './vitest.shared.js';

/** Unit and integration tests: real SQLite files in temp dirs, real documents read back. */
export default testConfig({
  include: ['test/unit/**/*.test.{ts,tsx}'],
  pool: 'forks',
  testTimeout: 60_000,
  hookTimeout: 60_000,
});
