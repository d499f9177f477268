/**
 * What every benchmark needs: each shape measured in a child process of its own (so "peak memory"
 * is that shape's, not the largest so far in one long process), CPU time beside wall time (the
 * machine is shared; wall time also counts waiting for a core), and figures as ratios against a
 * baseline measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHRONOLOGY_SHAPES, type ChronologyShape } from './chronology-shapes';

export interface Timed<T> {
  readonly value: T;
  readonly wallMs: number;
  readonly cpuMs: number;
}

export async function timed<T>(work: () => T | Promise<T>): Promise<Timed<T>> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
export const seconds = (ms: number): string => (ms / 1000).toFixed(2);
export const ratio = (value: number, baseline: number): number => Math.round((value / baseline) * 10) / 10;

/** The shape a child run was started for (`--shape <name>`), or null in the parent. */
export function childShape(argv: readonly string[] = process.argv): ChronologyShape | null {
  const at = argv.indexOf('--shape');
  if (at < 0) return null;
  const shape = argv[at + 1] as ChronologyShape;
  if (!CHRONOLOGY_SHAPES.includes(shape)) throw new Error(`unknown shape ${shape}`);
  return shape;
}

/** Prints a child run's result for the parent to read (the last line of stdout). */
export function reportToParent(result: unknown): void {
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

/** Runs `benchFile` (a module URL) for one shape in a fresh Node process and returns what it reported. */
export function runShapeInChild<T>(benchFile: string, shape: ChronologyShape, extra: readonly string[] = []): T {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(benchFile), '--shape', shape, ...extra], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`${benchFile} --shape ${shape} exited with ${child.status}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(moduleUrl) === resolve(process.argv[1]);
}

/**
 * Measures every shape, each in a child process of its own, printing a heading (with the machine's
 * load, since it is shared) and then each shape's figures as they come; returns the results.
 */
export function runEveryShape<T>(benchFile: string, title: string, format: (result: T) => string): T[] {
  console.log(
    `${title} (20,000 rows per shape; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  return CHRONOLOGY_SHAPES.map((shape) => {
    const result = runShapeInChild<T>(benchFile, shape);
    console.log(format(result));
    return result;
  });
}

/** Run as a script: the parent measures every shape (`run`); a child started for one shape measures it and reports back. */
export async function runAsScript<T>(
  moduleUrl: string,
  run: () => unknown,
  runShape: (shape: ChronologyShape) => Promise<T>,
): Promise<void> {
  if (!isMain(moduleUrl)) return;
  const shape = childShape();
  if (shape === null) run();
  else reportToParent(await runShape(shape));
}
