/**
 * Runs every enabled rule over one input and orders the result: by rule (the order of
 * `INSIGHT_RULE_IDS`), then by salience, then by id so the order is stable between runs.
 */
import {
  INSIGHT_RULE_IDS,
  INSIGHT_RULE_TITLES,
  type InsightPattern,
  type InsightRuleSummary,
  type InsightThresholds,
} from '../../shared/domain/insight';
import type { InsightInput } from './input';
import { INSIGHT_RULES } from './rules/index';

export interface InsightRun {
  readonly patterns: readonly InsightPattern[];
  readonly rules: readonly InsightRuleSummary[];
}

export function runInsight(input: InsightInput, thresholds: InsightThresholds): InsightRun {
  const rules: InsightRuleSummary[] = [];
  const patterns: InsightPattern[] = [];
  for (const ruleId of INSIGHT_RULE_IDS) {
    const enabled = thresholds.rules[ruleId].enabled;
    const found = enabled ? INSIGHT_RULES[ruleId](input, thresholds) : [];
    found.sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Two groupings can rest on the same evidence (e.g. three adults at each incident); keep one.
    const seen = new Set(patterns.map((pattern) => pattern.id));
    const unique = found.filter((pattern) => !seen.has(pattern.id) && seen.add(pattern.id));
    rules.push({ ruleId, title: INSIGHT_RULE_TITLES[ruleId], enabled, patternCount: unique.length });
    patterns.push(...unique);
  }
  return { patterns, rules };
}
