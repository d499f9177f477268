/**
 * Quiet output for rules that find one pattern per entry (closures, decisions): when one agency
 * has `atLeast` of them, they are one pattern about that agency ("closed six times while others
 * held concerns"), which is both fewer to read and the pattern a reviewer would name.
 */
import type { InsightMatch, InsightPattern, InsightRuleId, InsightSeverity } from '@shared/domain/insight';
import type { InsightEntry } from '../input';
import { fold } from '../match';
import { explanationOf, makePattern, ruleTitle, salienceOf, type PatternParts } from '../pattern';
import { joinPieces, plural } from '../wording';

export interface EntryFinding {
  readonly agency: string;
  readonly entry: InsightEntry;
  /** The finding's own pattern, built only when its agency has too few to be grouped. */
  readonly pattern: PatternParts;
  readonly evidence: readonly InsightEntry[];
  readonly match: InsightMatch;
}

/** One agency's items, named as the agency was first written. */
export interface AgencyGroup<T> {
  readonly name: string;
  readonly items: T[];
}

/**
 * A rule's items gathered per agency, in the order the agencies first appear; names that differ
 * only in case, accents or spacing are one agency.
 */
export class AgencyGroups<T> {
  private readonly byKey = new Map<string, AgencyGroup<T>>();

  add(agency: string, item: T): void {
    const key = fold(agency);
    const group = this.byKey.get(key);
    if (group === undefined) this.byKey.set(key, { name: agency, items: [item] });
    else group.items.push(item);
  }

  get groups(): readonly AgencyGroup<T>[] {
    return [...this.byKey.values()];
  }
}

/** The id key and title of a pattern about one agency's items: "Minimising language: Westmoor Police (3)". */
export function agencyPatternHeading(
  ruleId: InsightRuleId,
  group: AgencyGroup<unknown>,
): Pick<PatternParts, 'ruleId' | 'key' | 'title'> {
  return { ruleId, key: fold(group.name), title: `${ruleTitle(ruleId)}: ${group.name} (${group.items.length})` };
}

/**
 * The findings by agency. Its own function, as is `distinctEvidence`: a long loop is compiled while
 * it runs, with the function around it (README, "Insight: accuracy, quiet output and speed").
 */
function byAgencyOf(findings: readonly EntryFinding[]): AgencyGroups<EntryFinding> {
  const byAgency = new AgencyGroups<EntryFinding>();
  for (const finding of findings) byAgency.add(finding.agency, finding);
  return byAgency;
}

/** Each entry the findings cite, once, in the order first cited (findings can cite the same thousands of entries). */
function distinctEvidence(group: readonly EntryFinding[]): InsightEntry[] {
  const byId = new Map<string, InsightEntry>();
  for (const finding of group) for (const entry of finding.evidence) byId.set(entry.id, entry);
  return [...byId.values()];
}

export function groupByAgency(
  ruleId: InsightRuleId,
  findings: readonly EntryFinding[],
  atLeast: number,
  noun: string,
): InsightPattern[] {
  const byAgency = byAgencyOf(findings);
  const patterns: InsightPattern[] = [];
  for (const { items: group } of byAgency.groups) {
    if (group.length < atLeast) {
      patterns.push(...group.map((finding) => makePattern(finding.pattern)));
      continue;
    }
    const agency = group[0]!.agency;
    const severity: InsightSeverity = group.some((finding) => finding.pattern.severity === 'high') ? 'high' : 'medium';
    const evidence = distinctEvidence(group);
    patterns.push(
      makePattern({
        ruleId,
        key: `${fold(agency)}:repeated`,
        title: `${ruleTitle(ruleId)}: ${agency} (${plural(group.length, noun)})`,
        explanation: joinPieces([
          `${agency} recorded ${plural(group.length, noun)} that fit this rule.`,
          ...group.map((finding) => ` ${explanationOf(finding.pattern)}`),
        ]),
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
