import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createReviewFile } from '../../helpers/review-file';
import { ELECTRON_BUNDLES, bundleOptions } from '../../../build/bundle-electron.mjs';
import { EXTERNAL_MODULES, projectRoot } from '../../../build/node-bundle.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'casewright-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bundleNamed(name: string) {
  const bundle = ELECTRON_BUNDLES.find((candidate) => candidate.name === name);
  if (bundle === undefined) throw new Error(`no ${name} bundle`);
  return bundle;
}

/** Every module a CommonJS bundle still requires at run time. */
function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''))].sort();
}

describe('bundleOptions', () => {
  it('bundles main and preload to CommonJS for Node, leaving Electron and native modules outside', () => {
    expect(ELECTRON_BUNDLES.map((bundle) => [bundle.entry, bundle.outfile])).toEqual([
      ['electron/main/main.ts', 'electron/main/dist/main.cjs'],
      ['electron/preload/preload.ts', 'electron/preload/dist/preload.cjs'],
      ['electron/board/library/read-worker.ts', 'electron/main/dist/board-read-worker.cjs'],
    ]);
    const options = bundleOptions(bundleNamed('main'));
    expect(options).toMatchObject({ bundle: true, platform: 'node', format: 'cjs' });
    expect(options.external).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']));
    expect(EXTERNAL_MODULES).toContain('electron');
  });
});

describe('the bundles', () => {
  it('the sandboxed preload needs nothing but electron at run time', async () => {
    const outfile = path.join(scratch, 'preload.cjs');
    const result = await build({ ...bundleOptions(bundleNamed('preload'), { outfile }), logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    const code = readFileSync(outfile, 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).toContain('exposeInMainWorld("casewright"');
    // ipcRenderer is handed to the bridge factory, never exposed to the page itself.
    expect(code).toMatch(/exposeInMainWorld\("casewright", createBridge\(import_electron\.ipcRenderer\)\)/);
    expect(code.match(/ipcRenderer/g)).toHaveLength(1);
  });

  it('the board reading helper starts on a worker thread from its CommonJS bundle and reads a review', async () => {
    // Beside a node_modules, as in the app, so the bundle finds the native SQLite module.
    const dist = path.join(scratch, 'helper');
    mkdirSync(dist);
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dist, 'node_modules'));
    const outfile = path.join(dist, 'board-read-worker.cjs');
    const result = await build({ ...bundleOptions(bundleNamed('board-read-worker'), { outfile }), logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    const library = mkdtempSync(path.join(tmpdir(), 'casewright-bundle-review-'));
    const review = createReviewFile(library, { name: 'Child Y.cwr' });
    review.db
      .prepare(
        `INSERT INTO review (id, title, kind, created_at, updated_at) VALUES (1, 'Child Y', 'lcspr', '2024-01-01', '2024-01-01')`,
      )
      .run();
    review.db.close();
    const { port1, port2 } = new MessageChannel();
    const started = new SharedArrayBuffer(4);
    const worker = new Worker(outfile, { workerData: { port: port2, templates: [], started }, transferList: [port2] });
    try {
      const reply = new Promise<{ id: number; outcome: { kind: string; digest?: { title: string } } }>(
        (answer, fail) => {
          port1.once('message', answer);
          worker.once('error', fail);
        },
      );
      port1.postMessage({ id: 3, file: review.path });
      const answered = await reply;
      expect(answered).toMatchObject({ id: 3, outcome: { kind: 'review', digest: { title: 'Child Y' } } });
      expect(Atomics.load(new Int32Array(started), 0)).toBe(1);
    } finally {
      port1.close();
      await worker.terminate();
      rmSync(library, { recursive: true, force: true });
    }
  });

  it('main needs only Node built-ins and the external modules at run time', async () => {
    const outfile = path.join(scratch, 'main.cjs');
    const result = await build({ ...bundleOptions(bundleNamed('main'), { outfile }), logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    const allowed = new Set([...EXTERNAL_MODULES, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const unexpected = requiredModules(readFileSync(outfile, 'utf8')).filter((name) => !allowed.has(name));
    expect(unexpected).toEqual([]);
  });
});
