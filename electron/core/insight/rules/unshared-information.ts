/**
 * Rule 8 — Information one agency recorded but the deciding agency did not have.
 *
 * A decision is an entry whose words affirm one ("NFA", "threshold not met", "assessment
 * completed", "stepped down", "case closed"…) or whose event type or tag says so; criminal
 * outcomes ("NFA - insufficient evidence") are not. For each decision by agency B, the rule looks
 * back `lookbackMonths` for incidents and significant entries about the same family recorded by
 * other agencies, certainly before the decision, that B did not know of by then: B neither
 * recorded it, nor was recorded as told ("shared with"), nor wrote of the other agency between the
 * incident and the decision ("PPN received from police"). Each such decision is a pattern.
 * Shares whose date is not recorded are named, and not counted as unknown. An agency with three or
 * more such decisions gets one pattern for them all.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { monthsToDays } from '../dates';
import { entryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { knowledgeOf, lastNamedDay } from '../knowledge';
import { fold } from '../match';
import { kindMatchOf, ruleTitle } from '../pattern';
import { cite, citeList, distinctAgencies, listText, plural, quotedWords } from '../wording';
import { matchKind, type KindMatch } from '../reading/entry-kind';
import { readingOf } from '../reading/vocabulary';
import { excludedFor } from './excluded';
import { groupByAgency, type EntryFinding } from './group-by-agency';

export const RULE_ID = 'unshared-information' as const;

/** An agency with this many such decisions gets one pattern for all of them. */
const REPEATED_AT = 3;

export function decisionOf(entry: InsightEntry, thresholds: InsightThresholds): KindMatch | null {
  const notWhen = readingOf(thresholds).closureNotWhen;
  return (
    matchKind(entry, thresholds.vocabulary.decision, thresholds, notWhen) ??
    matchKind(entry, thresholds.vocabulary.closure, thresholds, notWhen)
  );
}

export function unsharedInformation(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  if (!thresholds.rules[RULE_ID].enabled) return [];
  return groupByAgency(RULE_ID, decisionFindings(input, thresholds), REPEATED_AT, 'decision');
}

type Settings = InsightThresholds['rules'][typeof RULE_ID];

/**
 * Each decision made without information other agencies held, as a finding. Its own function, and
 * the finding made by `decisionFinding`: a loop over the whole chronology is compiled while it runs,
 * with the function around it (README, "Insight: accuracy, quiet output and speed").
 */
function decisionFindings(input: InsightInput, thresholds: InsightThresholds): EntryFinding[] {
  const settings = thresholds.rules[RULE_ID];
  const excluded = excludedFor(input, RULE_ID);
  const facts = entryFacts(input, thresholds);
  const { first, last, agency, concernPositions: concerns, sorted } = facts;
  const lookback = monthsToDays(settings.lookbackMonths);
  const findings: EntryFinding[] = [];
  // By agency as written, for the decision being read (`stamp`): the last day up to it on which
  // the decider's records name that agency.
  const toldDay = new Float64Array(facts.writtenAgencies);
  const toldStamp = new Int32Array(facts.writtenAgencies).fill(-1);

  for (let at = 0; at < facts.datedCount; at += 1) {
    const decision = sorted[at]!;
    if (decision.agency === null || excluded.has(decision.id)) continue;
    const reason = decisionOf(decision, thresholds);
    if (reason === null) continue;
    const decider = decision.agency;
    // Concerns of other agencies about the family, certainly before the decision and within the
    // look-back: ending before its first day, so starting before it too (first days ascend).
    const from = first[at]! - lookback;
    const unknown: InsightEntry[] = [];
    const undated: InsightEntry[] = [];
    for (let k = facts.scanStart(concerns, from); k < concerns.length; k += 1) {
      const p = concerns[k]!;
      if (first[p]! >= first[at]!) break;
      if (last[p]! < from || last[p]! >= first[at]! || agency[p] === -1 || agency[p] === agency[at]) continue;
      if (!facts.sameFamily(p, at)) continue;
      const entry = sorted[p]!;
      // Recorded by another agency (above), so without a share the decider did not know of it by the record.
      const known = entry.sharedWith.length === 0 ? 'not-known' : knowledgeOf(entry, decider, decision.date);
      if (known === 'told-date-unknown') undated.push(entry);
      else if (known === 'not-known') {
        // Named in the decider's own records between this entry and the decision: known of.
        const source = facts.agencyAsWritten[p]!;
        if (toldStamp[source] !== at) {
          toldStamp[source] = at;
          toldDay[source] = lastNamedDay(facts, agency[at]!, entry.agency!, last[at]!, thresholds);
        }
        if (toldDay[source]! < first[p]!) unknown.push(entry);
      }
    }
    if (unknown.length > 0) findings.push(decisionFinding(decision, reason, unknown, undated, settings));
  }
  return findings;
}

function decisionFinding(
  decision: InsightEntry,
  reason: KindMatch,
  unknown: readonly InsightEntry[],
  undated: readonly InsightEntry[],
  settings: Settings,
): EntryFinding {
  const decider = decision.agency!;
  const words = reason.cues.length > 0 ? `the words ${quotedWords(reason.cues)}` : reason.structured!;

  const sentences = [
    `${decider} recorded a decision (${words}) dated ${cite(decision)}.`,
    `In the ${plural(settings.lookbackMonths, 'month')} before, ${listText(distinctAgencies(unknown))} recorded ${plural(unknown.length, 'incident or significant entry', 'incidents or significant entries')} about the family that no record of ${decider} mentions or shows as shared with it by then: ${citeList(unknown)}.`,
  ];
  if (undated.length > 0) {
    sentences.push(
      `${plural(undated.length, 'other entry', 'other entries')} ${undated.length === 1 ? 'was' : 'were'} shared with ${decider} on a date not recorded: ${citeList(undated)}.`,
    );
  }
  const matched = kindMatchOf(decision, reason);
  return {
    agency: decider,
    entry: decision,
    evidence: [decision, ...unknown],
    match: matched,
    pattern: {
      ruleId: RULE_ID,
      key: `${fold(decider)}:${decision.id}`,
      title: `${ruleTitle(RULE_ID)}: ${decider} (${decision.date.text})`,
      explanation: sentences.join(' '),
      severity: unknown.length >= 2 ? 'high' : 'medium',
      salience: 35 + unknown.length * 12,
      evidence: [decision, ...unknown],
      matches: [matched],
    },
  };
}
