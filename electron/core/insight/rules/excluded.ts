/** Entries the reviewer marked as false matches for a rule: the rule does not match them again. */
import type { InsightRuleId } from '@shared/domain/insight';
import type { InsightInput } from '../input';

const NONE: ReadonlySet<string> = new Set();

export function excludedFor(input: InsightInput, ruleId: InsightRuleId): ReadonlySet<string> {
  return input.falseMatches?.get(ruleId) ?? NONE;
}
