import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, cliBundleOptions } from '../../../build/bundle-cli.mjs';
import { EXTERNAL_MODULES, projectRoot } from '../../../build/node-bundle.mjs';

/**
 * The bundled command is built into a scratch copy of the project's layout (the bin beside a
 * dist folder, templates and node_modules linked in), then started as a user would start it.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'casewright-cli-bundle-'));
const home = path.join(scratch, 'home');
const bin = path.join(scratch, 'electron', 'cli', 'casewright.mjs');

beforeAll(async () => {
  mkdirSync(path.join(scratch, 'electron', 'cli'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'templates'), path.join(scratch, 'templates'));
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(scratch, 'node_modules'));
  writeFileSync(path.join(scratch, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(bin, readFileSync(path.join(projectRoot, 'electron', 'cli', 'casewright.mjs')));
  const result = await build({
    ...cliBundleOptions({ outdir: path.join(scratch, CLI_BUNDLE.outdir) }),
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function casewright(...args: string[]) {
  return casewrightWith({}, ...args);
}

function casewrightWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: scratch,
    env: { ...process.env, CASEWRIGHT_HOME: home, CASEWRIGHT_FROM_SOURCE: '', ...env },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Starts the bundled board reading helper on a worker thread, as the board does, hands it one
 * file and prints what it sends back.
 */
const READ_ONE_ON_A_HELPER = `
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
const [entry, file] = process.argv.slice(2);
const { port1, port2 } = new MessageChannel();
const started = new SharedArrayBuffer(4);
const worker = new Worker(entry, { workerData: { port: port2, templates: [], started }, transferList: [port2] });
worker.on('error', (error) => { console.error(error.message); process.exit(2); });
port1.postMessage({ id: 7, file });
port1.on('message', (reply) => {
  const outcome = reply.outcome;
  console.log(JSON.stringify({ id: reply.id, kind: outcome.kind, title: outcome.digest?.title, started: Atomics.load(new Int32Array(started), 0) }));
  process.exit(0);
});
`;

describe('the bundled casewright command', () => {
  it('is plain JavaScript that leaves native packages outside the bundle', () => {
    const options = cliBundleOptions();
    expect(options).toMatchObject({ bundle: true, platform: 'node', format: 'esm', splitting: true });
    expect(EXTERNAL_MODULES).toEqual(expect.arrayContaining(['better-sqlite3', '@resvg/resvg-js']));
    const code = readdirSync(path.join(scratch, CLI_BUNDLE.outdir))
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(scratch, CLI_BUNDLE.outdir, name), 'utf8'))
      .join('\n');
    expect(code).toMatch(/from "better-sqlite3"/);
    // Nothing is transpiled when the command starts.
    expect(code).not.toMatch(/tsx\/esm/);
  });

  it('creates a review, describes it and lists the built-in taxonomies from its own templates folder', () => {
    const file = path.join(scratch, 'Child T.cwr');
    const created = casewright('new', file, '--title', 'Child T');
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created .*Child T\.cwr/);

    const info = casewright('info', file);
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/Title:\s+Child T/);

    const taxonomies = casewright('taxonomy', 'list');
    expect(taxonomies.code).toBe(0);
    expect(taxonomies.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('loads a command’s heavy parts when that command runs: the leak check and a Word export work', () => {
    const file = path.join(scratch, 'Child U.cwr');
    expect(casewright('new', file, '--title', 'Child U').code).toBe(0);
    // A new review has nothing identifying in it, but is not finished: the check says both.
    const check = casewright('check', file);
    expect(check.stdout).toMatch(/Leak check passed/);
    expect(check.stderr).toMatch(/a publication export would be refused \(\d+ things to finish\)/);
    expect(check.code).toBe(1);
    const report = path.join(scratch, 'Child U — draft.docx');
    const exported = casewright('export', file, '--report', report, '--draft');
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/Wrote the draft report/);
    expect(readFileSync(report).subarray(0, 2).toString()).toBe('PK');
  });

  it('reads a board library on helper threads from its own bundled helper, with the same summary as one thread', () => {
    const library = path.join(scratch, 'board-library');
    mkdirSync(library);
    for (const title of ['Child V', 'Child W', 'Child X']) {
      const file = path.join(library, `${title}.cwr`);
      expect(casewright('new', file, '--title', title).code).toBe(0);
      expect(casewright('recommendation', 'add', file, '--text', 'Health to audit referrals').code).toBe(0);
    }
    const helper = path.join(scratch, CLI_BUNDLE.boardReadWorkerOutfile);
    const script = path.join(scratch, 'read-one-on-a-helper.mjs');
    writeFileSync(script, READ_ONE_ON_A_HELPER);
    const direct = spawnSync(process.execPath, [script, helper, path.join(library, 'Child W.cwr')], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(direct.stderr).toBe('');
    expect(JSON.parse(direct.stdout)).toEqual({ id: 7, kind: 'review', title: 'Child W', started: 1 });

    // Each in a home of its own, so neither reads from the other's cached index.
    const threads = (n: number) =>
      casewrightWith(
        { CASEWRIGHT_BOARD_READ_THREADS: String(n), CASEWRIGHT_HOME: path.join(scratch, `board-home-${n}`) },
        'board',
        library,
        '--json',
      );
    const oneThread = threads(1);
    const twoThreads = threads(2);
    expect(twoThreads.stderr).toBe('');
    expect(twoThreads.code).toBe(0);
    expect(JSON.parse(twoThreads.stdout)).toMatchObject({ reviews: 3, refused: [], recommendations: { total: 3 } });
    expect(twoThreads.stdout).toBe(oneThread.stdout);
  });

  it('says how to build itself when the bundle is missing', () => {
    const bare = path.join(scratch, 'bare', 'electron', 'cli');
    mkdirSync(bare, { recursive: true });
    writeFileSync(path.join(bare, 'casewright.mjs'), readFileSync(bin));
    writeFileSync(path.join(scratch, 'bare', 'package.json'), '{ "type": "module" }\n');
    const run = spawnSync(process.execPath, [path.join(bare, 'casewright.mjs'), 'info', 'x.cwr'], {
      encoding: 'utf8',
      env: { ...process.env, CASEWRIGHT_FROM_SOURCE: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/npm run build:cli/);
  });
});
