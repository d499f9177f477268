/**
 * The project's import aliases, declared once for every tool that resolves imports: vite (the
 * renderer), vitest (unit and end-to-end tests), esbuild (the CLI and Electron bundles) and eslint
 * (the layering rules must see `@core/…` as core). TypeScript and tsx read the same table from
 * `paths` in tsconfig.base.json; a test checks the two agree.
 *
 * `@shared/dates` means `electron/shared/dates`, from any folder, instead of `../../../shared/dates`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Alias → folder, relative to the project root. */
export const PATH_ALIASES = Object.freeze({
  '@shared': 'electron/shared',
  '@core': 'electron/core',
  '@import': 'electron/import',
  '@export': 'electron/export',
  '@board': 'electron/board',
  '@api': 'electron/api',
  '@server': 'electron/server',
  '@cli': 'electron/cli',
  '@main': 'electron/main',
  '@preload': 'electron/preload',
  '@launch': 'electron/launch',
  '@renderer': 'renderer/src',
  '@templates': 'templates',
  '@test': 'test',
});

/**
 * The aliases as absolute folders, keyed by alias: the shape vite's and vitest's `resolve.alias`
 * and esbuild's `alias` option take.
 * @param {string} [root]
 * @returns {Record<string, string>}
 */
export function aliasFolders(root = projectRoot) {
  return Object.fromEntries(Object.entries(PATH_ALIASES).map(([alias, folder]) => [alias, path.join(root, folder)]));
}
