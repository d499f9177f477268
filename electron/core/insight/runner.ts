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
import type { InsightInput } from './input';
import { mergeAndRank } from './merge';
import { prepareWordLists } from './reading/prepare';
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

export function runInsight(given: InsightInput, givenThresholds: InsightThresholds): InsightRun {
  const thresholds = same(givenThresholds);
  const input: InsightInput = { ...given, people: same(given.people) };
  prepareWordLists(input, thresholds);
  const found: InsightPattern[] = [];
  for (const ruleId of INSIGHT_RULE_IDS) {
    if (thresholds.rules[ruleId].enabled) found.push(...INSIGHT_RULES[ruleId](input, thresholds));
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
