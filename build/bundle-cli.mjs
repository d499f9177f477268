#!/usr/bin/env node
/**
 * Bundles the `casewright` command into one ES module of plain JavaScript, so that starting it
 * does not transpile TypeScript first (through tsx, every start cost about 2 s of CPU).
 *
 *   node build/bundle-cli.mjs
 *
 * `npm ci`/`npm install` run this through the `prepare` script, and `npm test` runs it before the
 * tests, so a fresh checkout's `npx casewright` and the tests that start the command use the
 * current sources. Native and binary packages stay outside the bundle and load from node_modules.
 *
 * The entry lives at `electron/cli/dist/main.js`, three folders below the project root like
 * `electron/core/app/paths.ts`, whose `import.meta.url` it inherits: the command finds
 * `templates/` and `renderer/dist/` from there.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions, projectRoot, runWhenStarted } from './node-bundle.mjs';

// The benchmarks find the project from here.
export { projectRoot };

export const CLI_BUNDLE = Object.freeze({
  entry: 'electron/cli/main.ts',
  outdir: 'electron/cli/dist',
  outfile: 'electron/cli/dist/main.js',
  // The board's reading helper runs on worker threads, which start from a file of their own; it
  // is found beside the bundle (electron/board/library/read-pool.ts).
  boardReadWorker: 'electron/board/library/read-worker.ts',
  boardReadWorkerOutfile: 'electron/cli/dist/board-read-worker.js',
});

/**
 * esbuild options for the CLI bundle. `outdir` may be redirected (tests bundle into a temp folder).
 * @param {{ root?: string, outdir?: string }} [overrides]
 */
export function cliBundleOptions(overrides = {}) {
  const root = overrides.root ?? projectRoot;
  return {
    ...nodeBundleOptions(root),
    entryPoints: [
      path.join(root, CLI_BUNDLE.entry),
      { in: path.join(root, CLI_BUNDLE.boardReadWorker), out: 'board-read-worker' },
    ],
    outdir: overrides.outdir ?? path.join(root, CLI_BUNDLE.outdir),
    // What a command loads only when it runs (the dispatcher, the Word writer, the spreadsheet
    // readers) goes into chunks of its own, so a start parses and runs only what it needs.
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    // Bundled CommonJS packages (commander, jszip…) call require() for Node's own modules; an ES
    // module has no require of its own, so give the bundle one.
    banner: {
      js: "import { createRequire as __casewrightRequire } from 'node:module';\nconst require = __casewrightRequire(import.meta.url);",
    },
    plugins: [zodInEnglishOnly],
  };
}

/**
 * zod carries its error messages in some 40 languages and exposes them all as `z.locales`, so a
 * bundle holds every one (about 300 kB, two fifths of zod) and every start parses them. Casewright
 * uses only the English messages zod sets up by default (and writes most of its own): the bundle
 * keeps `z.locales.en` and leaves the other languages out.
 * @type {import('esbuild').Plugin}
 */
export const zodInEnglishOnly = {
  name: 'zod-in-english-only',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)
        ? { path: path.join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

export async function bundleCli() {
  rmSync(path.join(projectRoot, CLI_BUNDLE.outdir), { recursive: true, force: true });
  await build(cliBundleOptions());
  process.stdout.write(`bundled ${CLI_BUNDLE.entry} → ${CLI_BUNDLE.outfile}\n`);
}

runWhenStarted(import.meta.url, bundleCli);
