import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { aliasFolders } from '../build/path-aliases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Unit and integration tests: real SQLite files in temp dirs, real documents read back. */
export default defineConfig({
  root,
  resolve: { alias: aliasFolders(root) },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/temp-folder-setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
