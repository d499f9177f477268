/**
 * What the command-line and Electron bundles share: where the project is, which packages stay
 * outside (they load a compiled `.node` binary, or are Electron itself, and are loaded from
 * node_modules at run time), the esbuild options for Node, and running a build script directly.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { aliasFolders } from './path-aliases.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Not bundled: Electron itself, and packages that load a compiled `.node` binary. */
export const EXTERNAL_MODULES = Object.freeze([
  'electron',
  'better-sqlite3',
  'better-sqlite3-multiple-ciphers',
  '@resvg/resvg-js',
]);

/**
 * esbuild options every bundle has: one Node 20 file (or set of chunks) with the project's
 * import aliases (`@shared/…`, `@core/…`, see path-aliases.mjs), source maps and a metafile.
 * @param {string} root
 */
export function nodeBundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    // The oldest Node we run on; Electron 41 ships a newer one.
    target: 'node20',
    external: [...EXTERNAL_MODULES],
    alias: aliasFolders(root),
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  };
}

/**
 * Runs `build` when the module at `moduleUrl` is the script node was started with (not when a
 * test imports it), reporting a failure in one line with exit code 1.
 * @param {string} moduleUrl
 * @param {() => Promise<void>} build
 */
export function runWhenStarted(moduleUrl, build) {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  build().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
