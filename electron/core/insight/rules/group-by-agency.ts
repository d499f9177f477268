/**
 * Quiet output for rules that find one pattern per entry (closures, decisions): when one agency
 * has `atLeast` of them, they are one pattern about that agency ("closed six times while others
 * held concerns"), which is both fewer to read and the pattern a reviewer would name.
 */
import type { InsightMatch, InsightPattern, InsightRuleId, InsightSeverity } from '@shared/domain/insight';
import type { InsightEntry } from '../input';
import { fold } from '../match';
import { explanationOf, makePattern, ruleTitle, salienceOf, type PatternParts } from '../pattern';
import { plural } from '../wording';

export interface EntryFinding {
  readonly agency: string;
  readonly entry: InsightEntry;
  /** The finding's own pattern, built only when its agency has too few to be grouped. */
  readonly pattern: PatternParts;
  readonly evidence: readonly InsightEntry[];
  readonly match: InsightMatch;
}

export function groupByAgency(
  ruleId: InsightRuleId,
  findings: readonly EntryFinding[],
  atLeast: number,
  noun: string,
): InsightPattern[] {
  const byAgency = new Map<string, EntryFinding[]>();
  for (const finding of findings) {
    const group = byAgency.get(fold(finding.agency));
    if (group === undefined) byAgency.set(fold(finding.agency), [finding]);
    else group.push(finding);
  }
  const patterns: InsightPattern[] = [];
  for (const group of byAgency.values()) {
    if (group.length < atLeast) {
      patterns.push(...group.map((finding) => makePattern(finding.pattern)));
      continue;
    }
    const agency = group[0]!.agency;
    const severity: InsightSeverity = group.some((finding) => finding.pattern.severity === 'high') ? 'high' : 'medium';
    const evidence = [
      ...new Map(group.flatMap((finding) => finding.evidence).map((entry) => [entry.id, entry])).values(),
    ];
    patterns.push(
      makePattern({
        ruleId,
        key: `${fold(agency)}:repeated`,
        title: `${ruleTitle(ruleId)}: ${agency} (${plural(group.length, noun)})`,
        explanation: `${agency} recorded ${plural(group.length, noun)} that fit this rule. ${group.map((finding) => explanationOf(finding.pattern)).join(' ')}`,
        severity,
        salience:
          group.reduce((max, finding) => Math.max(max, salienceOf(finding.pattern)), -Infinity) + group.length * 5,
        evidence,
        matches: group.map((finding) => finding.match),
      }),
    );
  }
  return patterns;
}
