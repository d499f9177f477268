#!/usr/bin/env node
/**
 * Bundles the Electron main process and the preload into one CommonJS file each, which is what
 * Electron loads (and what a sandboxed preload requires: a single file that needs only `electron`).
 *
 *   node build/bundle-electron.mjs
 *
 * Native modules stay outside the bundle and are loaded from node_modules at run time, rebuilt for
 * Electron by `electron-builder install-app-deps`.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions, projectRoot, runWhenStarted } from './node-bundle.mjs';

export const ELECTRON_BUNDLES = Object.freeze([
  Object.freeze({ name: 'main', entry: 'electron/main/main.ts', outfile: 'electron/main/dist/main.cjs' }),
  Object.freeze({
    name: 'preload',
    entry: 'electron/preload/preload.ts',
    outfile: 'electron/preload/dist/preload.cjs',
  }),
  // The board's reading helper runs on worker threads, which start from a file of their own; main
  // finds it beside itself (electron/board/library/read-pool.ts).
  Object.freeze({
    name: 'board-read-worker',
    entry: 'electron/board/library/read-worker.ts',
    outfile: 'electron/main/dist/board-read-worker.cjs',
  }),
]);

/**
 * esbuild options for one bundle. `outfile` may be redirected (tests bundle into a temp folder).
 * @param {{ entry: string, outfile: string }} bundle
 * @param {{ root?: string, outfile?: string }} [overrides]
 */
export function bundleOptions(bundle, overrides = {}) {
  const root = overrides.root ?? projectRoot;
  return {
    ...nodeBundleOptions(root),
    entryPoints: [path.join(root, bundle.entry)],
    outfile: overrides.outfile ?? path.join(root, bundle.outfile),
    format: 'cjs',
  };
}

export async function bundleElectron() {
  for (const bundle of ELECTRON_BUNDLES) {
    await build(bundleOptions(bundle));
    process.stdout.write(`bundled ${bundle.entry} → ${bundle.outfile}\n`);
  }
}

runWhenStarted(import.meta.url, bundleElectron);
