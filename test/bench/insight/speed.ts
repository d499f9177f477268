/**
 * The speed part of `npm run bench -- insight`: the nine rules over 20,000 entries, for each text
 * shape in a fresh process of its own (`npx tsx test/bench/insight/speed.ts <shape>` runs one):
 *
 * - `insight`: the insight benchmark's own chronology (60% template-like entries, 40% narratives
 *   of 5–12 sentences dense with the words the rules look for);
 * - `varied`, `template`, `long`: the shared benchmark shapes (`../chronology-shapes.ts`).
 *
 * Each reports the language model's load (once per process, timed apart), a first run (nothing
 * read yet), a second run of the same words as new entry objects (as when insight runs again on
 * the review re-read from its file), and a run after 1% of the entries changed; wall time and the
 * process's CPU time for each (on a shared machine the wall time mostly measures other processes).
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runInsight } from '@core/insight/runner';
import { loadDefaultThresholds } from '@core/insight/thresholds';
import { readText } from '@core/insight/reading/read-entry';
import { readingOf } from '@core/insight/reading/vocabulary';
import type { InsightInput } from '@core/insight/input';
import { CHRONOLOGY_SHAPES, type ChronologyShape } from '../chronology-shapes';
import { isMain } from '../measure';
import { shapedInput, syntheticInput } from './synthetic';

export type InsightTextShape = 'insight' | ChronologyShape;
export const INSIGHT_TEXT_SHAPES: readonly InsightTextShape[] = ['insight', ...CHRONOLOGY_SHAPES];

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface ShapeSpeed {
  readonly shape: InsightTextShape;
  readonly entries: number;
  readonly patterns: number;
  readonly modelLoad: Run;
  readonly first: Run;
  readonly second: Run;
  readonly afterEdit: Run;
  readonly loadAverage: number;
}

function timed(work: () => unknown): Run {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
}

function inputOf(shape: InsightTextShape, count: number): InsightInput {
  return shape === 'insight' ? syntheticInput(count) : shapedInput(shape, count);
}

/**
 * The same chronology as new entry, date and register objects (as when a review is re-read from its
 * file), each summary passed through `edit`.
 */
export function copyInput(
  input: InsightInput,
  edit: (text: string, index: number) => string = (text) => text,
): InsightInput {
  return {
    entries: input.entries.map((entry, index) => ({
      ...entry,
      date: { ...entry.date },
      summary: edit(entry.summary, index),
    })),
    people: input.people.map((person) => ({ ...person })),
  };
}

/** Measures one shape in this process. */
export function measureShape(shape: InsightTextShape, count = 20_000): ShapeSpeed {
  const thresholds = loadDefaultThresholds(fileURLToPath(new URL('../../../templates/', import.meta.url)));
  const input = inputOf(shape, count);
  const modelLoad = timed(() => readText('She was not hurt.', readingOf(thresholds)).cues(['hurt']));
  let patterns = 0;
  const first = timed(() => (patterns = runInsight(input, thresholds).patterns.length));
  const again = copyInput(input);
  const second = timed(() => runInsight(again, thresholds));
  const edited = copyInput(input, (text, index) => (index % 100 === 7 ? `${text} Reviewed on ${index}.` : text));
  const afterEdit = timed(() => runInsight(edited, thresholds));
  return {
    shape,
    entries: input.entries.length,
    patterns,
    modelLoad,
    first,
    second,
    afterEdit,
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

/** Each shape in a fresh Node process, one after another. */
export function speedByShape(): ShapeSpeed[] {
  return INSIGHT_TEXT_SHAPES.map((shape) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), shape], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (child.status !== 0) throw new Error(`insight speed for ${shape} exited with ${child.status}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as ShapeSpeed;
  });
}

if (isMain(import.meta.url)) {
  const shape = (process.argv[2] ?? 'insight') as InsightTextShape;
  if (!INSIGHT_TEXT_SHAPES.includes(shape)) throw new Error(`unknown shape ${shape}`);
  process.stdout.write(`${JSON.stringify(measureShape(shape))}\n`);
}
