import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { aliasFolders } from '../build/path-aliases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * What the unit and the end-to-end configs share: run from the repository root with its import
 * aliases, in Node, with a fresh temp folder for the run (`temp-folder-setup.ts`) before any other
 * global set-up the suite names.
 */
export function testConfig({ globalSetup = [], ...test }: InlineConfig & { readonly globalSetup?: string[] }) {
  return defineConfig({
    root,
    resolve: { alias: aliasFolders(root) },
    test: { environment: 'node', globalSetup: ['test/temp-folder-setup.ts', ...globalSetup], ...test },
  });
}
