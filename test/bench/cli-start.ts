/**
 * Bench: how fast the `casewright` command starts. `casewright info` on a 20,000-entry review of
 * each shape (chronology-shapes.ts), against the baseline of a bare `node -e 0`, measured in the
 * same run with runs interleaved (so a busy moment of the shared machine hits both). Medians of
 * wall time, CPU time and peak memory of the child process, from GNU time. Also the same command
 * run from the TypeScript sources through tsx, as it was before the command was bundled.
 * Target: `casewright info` within 3× of `node -e 0`.
 *
 *   npx tsx test/bench/cli-start.ts
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli, projectRoot } from '../../build/bundle-cli.mjs';
import { migrate } from '../../electron/core/store/migrate';
import { configure } from '../../electron/core/store/open-review-file';
import { createReviewHandle } from '../../electron/core/store/review-handle';
import { applyImport, readImport } from '../../electron/import/apply';
import { CHRONOLOGY_SHAPES, chronologyRows, toCsv, type ChronologyShape } from './chronology-shapes';
import { isMain, ratio } from './measure';

interface ProcessFigures {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakMb: number;
}

export interface CliStartResult {
  /** The review `info` reads: 20,000 entries of a shape, or an empty review. */
  readonly shape: ChronologyShape | 'empty';
  readonly runs: number;
  readonly bareNode: ProcessFigures;
  readonly info: ProcessFigures;
  /** `casewright info` ÷ `node -e 0`, wall time and CPU time. */
  readonly ratio: number;
  readonly cpuRatio: number;
  /** The same command through tsx from the TypeScript sources (the way it ran before bundling). */
  readonly fromSource: ProcessFigures;
  readonly fromSourceRatio: number;
}

const RUNS = 9;
const SOURCE_RUNS = 3;
const bin = join(projectRoot, 'electron', 'cli', 'casewright.mjs');

/** One child process under GNU time: elapsed, user + system CPU, peak resident set. */
function measure(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ProcessFigures {
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  const [user, system, kb] = (child.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  return { wallMs, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000, peakMb: Math.round((kb ?? 0) / 1024) };
}

function median(figures: readonly ProcessFigures[]): ProcessFigures {
  const pick = (key: keyof ProcessFigures) =>
    [...figures.map((f) => f[key])].sort((a, b) => a - b)[Math.floor(figures.length / 2)]!;
  return { wallMs: Math.round(pick('wallMs')), cpuMs: Math.round(pick('cpuMs')), peakMb: pick('peakMb') };
}

async function reviewOf(dir: string, shape: ChronologyShape | 'empty', env: NodeJS.ProcessEnv): Promise<string> {
  const path = join(dir, `${shape}.cwr`);
  const created = spawnSync(process.execPath, [bin, 'new', path, '--title', `Child ${shape}`], {
    env,
    encoding: 'utf8',
  });
  if (created.status !== 0) throw new Error(`casewright new failed: ${created.stderr}`);
  if (shape === 'empty') return path;
  const raw = new Database(path);
  configure(raw);
  migrate(raw);
  const review = createReviewHandle(shape, path, raw, () => 'Benchmark');
  const request = { fileName: `${shape}.csv`, bytes: toCsv(chronologyRows(shape)), agency: 'Westmoor Police' };
  const { parsed } = await readImport(review.db, request);
  applyImport(review, parsed, request, { skipInvalid: false, dryRun: false, rememberMapping: true });
  review.close();
  return path;
}

export async function run(): Promise<CliStartResult[]> {
  await bundleCli();
  const dir = mkdtempSync(join(tmpdir(), 'casewright-bench-cli-'));
  const env = { ...process.env, CASEWRIGHT_HOME: join(dir, 'home'), CASEWRIGHT_FROM_SOURCE: '' };
  try {
    console.log(
      `casewright info start-up (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; medians of ${RUNS} runs)`,
    );
    const results: CliStartResult[] = [];
    // Opening a review checks the whole file (SQLite quick_check), so `info` on an empty review is
    // the start-up itself, and the shapes add the check of a 20,000-entry file.
    for (const shape of ['empty' as const, ...CHRONOLOGY_SHAPES]) {
      const file = await reviewOf(dir, shape, env);
      const bare: ProcessFigures[] = [];
      const info: ProcessFigures[] = [];
      for (let n = 0; n < RUNS; n += 1) {
        bare.push(measure(['-e', '0'], env));
        info.push(measure([bin, 'info', file], env));
      }
      const fromSource = Array.from({ length: SOURCE_RUNS }, () =>
        measure([bin, 'info', file], { ...env, CASEWRIGHT_FROM_SOURCE: '1' }),
      );
      const b = median(bare);
      const i = median(info);
      const s = median(fromSource);
      const result: CliStartResult = {
        shape,
        runs: RUNS,
        bareNode: b,
        info: i,
        ratio: ratio(i.wallMs, b.wallMs),
        cpuRatio: ratio(i.cpuMs, b.cpuMs),
        fromSource: s,
        fromSourceRatio: ratio(s.wallMs, b.wallMs),
      };
      console.log(
        `  ${shape}: casewright info ${(i.wallMs / 1000).toFixed(2)} s wall, ${(i.cpuMs / 1000).toFixed(2)} s CPU, peak ${i.peakMb} MB; ` +
          `node -e 0 ${(b.wallMs / 1000).toFixed(2)} s wall, ${(b.cpuMs / 1000).toFixed(2)} s CPU → ${result.ratio}× (CPU ${result.cpuRatio}×; target ≤ 3×); ` +
          `from the sources through tsx ${(s.wallMs / 1000).toFixed(2)} s, ${result.fromSourceRatio}×`,
      );
      results.push(result);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await run();
