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

export function runInsight(input: InsightInput, thresholds: InsightThresholds): InsightRun {
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
