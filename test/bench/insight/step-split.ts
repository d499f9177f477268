/**
 * Where a run's time goes, step by step (reading, each rule, merging), for a first run and a second
 * run of the same words as new entry objects (the least of `seconds` such runs, step by step):
 * `npx tsx test/bench/insight/step-split.ts <shape> [entries] [seconds]`.
 * Each step is timed between the run's progress reports, in process CPU time (on a shared machine
 * wall time mostly measures other processes).
 */
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { insightSteps } from '@core/insight/runner';
import { loadDefaultThresholds } from '@core/insight/thresholds';
import type { InsightInput } from '@core/insight/input';
import type { InsightThresholds } from '@shared/domain/insight';
import { shapedInput, syntheticInput } from './synthetic';
import { copyInput, type InsightTextShape } from './speed';

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** CPU ms per step, steps named by their progress message (reading batches summed). */
function split(input: InsightInput, thresholds: InsightThresholds): Map<string, number> {
  const times = new Map<string, number>();
  const steps = insightSteps(input, thresholds);
  let since = process.cpuUsage();
  for (;;) {
    const step = steps.next();
    const name = step.done === true ? 'merge' : step.value.step.startsWith('Reading') ? 'reading' : step.value.step;
    times.set(name, (times.get(name) ?? 0) + cpuMs(since));
    since = process.cpuUsage();
    if (step.done === true) {
      times.set('patterns', step.value.patterns.length);
      return times;
    }
  }
}

const shape = (process.argv[2] ?? 'insight') as InsightTextShape;
const count = Number(process.argv[3] ?? 20_000);
const thresholds = loadDefaultThresholds(fileURLToPath(new URL('../../../templates/', import.meta.url)));
const input = shape === 'insight' ? syntheticInput(count) : shapedInput(shape, count);
const seconds = Number(process.argv[4] ?? 3);
const first = split(input, thresholds);
// Several second runs, each step's least time kept: the figure least disturbed by other processes.
const second = new Map<string, number>();
for (let run = 0; run < seconds; run += 1) {
  for (const [name, ms] of split(copyInput(input), thresholds))
    second.set(name, Math.min(second.get(name) ?? Infinity, ms));
}
const rows = [...first.keys()].map((name) => ({
  step: name,
  first: Math.round(first.get(name)!),
  second: Math.round(second.get(name) ?? 0),
}));
const total = (times: Map<string, number>) =>
  Math.round([...times].filter(([name]) => name !== 'patterns').reduce((sum, [, ms]) => sum + ms, 0));
const rules = (times: Map<string, number>) =>
  Math.round([...times].filter(([name]) => name.startsWith('Checked')).reduce((sum, [, ms]) => sum + ms, 0));
console.table(rows);
console.log(
  `${shape}: total first ${total(first)} ms, second ${total(second)} ms; rules first ${rules(first)} ms, second ${rules(second)} ms; load ${loadavg()[0]!.toFixed(1)}`,
);
