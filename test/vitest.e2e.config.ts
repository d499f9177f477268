import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { aliasFolders } from '../build/path-aliases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** End-to-end tests: the browser edition driven in Debian's Chromium, one file at a time. */
export default defineConfig({
  root,
  resolve: { alias: aliasFolders(root) },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/temp-folder-setup.ts', 'test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
