import { build } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    rendererDist: string;
  }
}

/**
 * Builds the renderer once for the whole e2e run, into a folder of its own so parallel runs and
 * `npm start` never serve a half-written build: the tests drive exactly what users get.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'casewright-renderer-'));
  await build({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('rendererDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
