/**
 * Runs every enabled rule over one input, folds patterns that rest on the same evidence and ranks
 * them strongest first (see `merge.ts`); ties are ordered by id so the order is stable.
 */
import {
  INSIGHT_RULE_IDS,
  INSIGHT_RULE_TITLES,
  type InsightPattern,
  type InsightRuleSummary,
  type InsightThresholds,
} from '../../shared/domain/insight';
import type { ProgressReport, WorkHooks } from '../../shared/progress';
import { checkpoint, throwIfCancelled } from '../jobs/work';
import type { InsightEntry, InsightInput } from './input';
import { mergeAndRank } from './merge';
import { prepareWordLists, ruleWordLists } from './reading/prepare';
import { readEntry } from './reading/read-entry';
import { speechOf } from './reading/speech';
import { readingOf } from './reading/vocabulary';
import { readIncident } from './reading/incident';
import { INSIGHT_RULES } from './rules/index';

export interface InsightRun {
  readonly patterns: readonly InsightPattern[];
  readonly rules: readonly InsightRuleSummary[];
}

/**
 * The same register and thresholds as a run before, as the same objects: everything read from a
 * text with them (incidents, who is named, acts) is kept under those objects, so running insight
 * again on a review re-read from its file reads nothing again unless words, people or thresholds
 * changed. Keyed by content; a few are kept (one per open review, roughly).
 */
const KEPT = 8;
const known = new Map<string, unknown>();
function same<T>(value: T): T {
  const key = JSON.stringify(value);
  const held = known.get(key);
  if (held !== undefined) return held as T;
  if (known.size >= KEPT) known.delete(known.keys().next().value!);
  known.set(key, value);
  return value;
}

/** Entries read between two progress reports (and two chances to cancel). */
const BATCH = 1000;
/** The share of the bar for reading the chronology; the rules share the rest equally. */
const READING_SHARE = 60;

const count = new Intl.NumberFormat('en-GB');

/**
 * The run as steps: the chronology read in batches (what every rule asks first: each entry's
 * incident reading and the people it names), then each rule, then merging. Each step yields how
 * far the run has got, so a caller can report progress and stop between steps; `runInsight` runs
 * them all at once.
 */
export function* insightSteps(
  given: InsightInput,
  givenThresholds: InsightThresholds,
): Generator<ProgressReport, InsightRun> {
  const thresholds = same(givenThresholds);
  const input: InsightInput = { ...given, people: same(given.people) };
  prepareWordLists(input, thresholds);
  const total = input.entries.length;
  const lists = ruleWordLists(thresholds);
  for (let from = 0; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH);
    for (let i = from; i < to; i += 1) readAhead(input.entries[i]!, input, thresholds, lists);
    yield percent(
      `Reading ${count.format(to)} of ${count.format(total)} chronology entries`,
      (to / total) * READING_SHARE,
    );
  }
  const enabled = INSIGHT_RULE_IDS.filter((ruleId) => thresholds.rules[ruleId].enabled);
  const found: InsightPattern[] = [];
  for (const [index, ruleId] of enabled.entries()) {
    found.push(...INSIGHT_RULES[ruleId](input, thresholds));
    yield percent(
      `Checked: ${INSIGHT_RULE_TITLES[ruleId].toLowerCase()}`,
      READING_SHARE + ((index + 1) / enabled.length) * (100 - READING_SHARE),
    );
  }
  // Two groupings can give the same pattern id; keep one.
  const unique = [...new Map(found.map((pattern) => [pattern.id, pattern])).values()];
  const patterns = mergeAndRank(unique, input, thresholds);
  const rules: InsightRuleSummary[] = INSIGHT_RULE_IDS.map((ruleId) => ({
    ruleId,
    title: INSIGHT_RULE_TITLES[ruleId],
    enabled: thresholds.rules[ruleId].enabled,
    patternCount: patterns.filter(
      (pattern) => pattern.ruleId === ruleId || pattern.also.some((also) => also.ruleId === ruleId),
    ).length,
  }));
  return { patterns, rules };
}

/**
 * What the rules will ask of an entry's words, read now: so that reading, the slow part of a first
 * run, is done in these short steps (with progress and a chance to cancel between them) rather than
 * inside the first rule that asks. Everything read is kept (by text), so nothing is read twice.
 */
function readAhead(
  entry: InsightEntry,
  input: InsightInput,
  thresholds: InsightThresholds,
  lists: readonly (readonly string[])[],
): void {
  readIncident(entry, input.people, thresholds);
  const read = readEntry(entry, readingOf(thresholds));
  // An index, not for…of: run 20,000 times, often before the function is optimised, when each
  // step of an iterator is an object for the collector.
  for (let i = 0; i < lists.length; i += 1) read.cues(lists[i]!);
  speechOf(entry, thresholds);
}

function percent(step: string, done: number): ProgressReport {
  return { step, done: Math.min(100, Math.round(done)), total: 100, unit: 'percent' };
}

export function runInsight(input: InsightInput, thresholds: InsightThresholds): InsightRun {
  const steps = insightSteps(input, thresholds);
  for (let step = steps.next(); ; step = steps.next()) if (step.done === true) return step.value;
}

/**
 * `runInsight` for a caller that shows progress and may cancel: between steps it reports how far
 * the run has got, lets other calls be answered, and stops with a "cancelled" error once the
 * reviewer cancels. A run only reads, so a cancelled one leaves everything as it was.
 */
export async function runInsightWithHooks(
  input: InsightInput,
  thresholds: InsightThresholds,
  hooks: WorkHooks,
): Promise<InsightRun> {
  throwIfCancelled(hooks.signal);
  const steps = insightSteps(input, thresholds);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done === true) return step.value;
    hooks.onProgress?.(step.value);
    await checkpoint(hooks.signal);
  }
}
