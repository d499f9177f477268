/**
 * Rule 2 — Trigger events and what followed.
 *
 * Trigger kinds (pregnancy, threat to kill, threat of suicide, contact dispute, new partner…) are
 * listed in the data file, each recognised by event type, tag or words the record affirms. "He
 * threatened to kill himself" is a threat of suicide, not a threat to kill (see `read-entry.ts`);
 * "denies any thoughts of self-harm" is not a trigger at all. For each trigger entry, the rule
 * collects the incidents and significant entries about the same family within `windowDays` after
 * it; with at least `minFollowing`, it is a pattern. A trigger of a kind already recorded for the
 * family within the window before (a pregnancy mentioned again) does not start a new pattern.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { makePattern, matchOf, ruleTitle, structuredMatch } from '../pattern';
import { cite, citeList, listText, plural, quotedWords } from '../wording';
import { matchKind, type KindMatch } from '../reading/entry-kind';
import { readEntry } from '../reading/read-entry';
import { readingOf } from '../reading/vocabulary';
import { excludedFor } from './excluded';

export const RULE_ID = 'trigger-events' as const;

const NONE: readonly number[] = [];

type TriggerKind = InsightThresholds['rules'][typeof RULE_ID]['triggers'][number];
type Found = readonly { readonly kind: TriggerKind; readonly match: KindMatch | null }[];

/** Remembers, with the reading of a text, which trigger kinds its words affirm (see `triggersOf`). */
const BY_WORDS = {};

/** The trigger kinds an entry records, or null when none (most entries: nothing is allocated for them). */
function triggersOf(entry: InsightEntry, kinds: readonly TriggerKind[], thresholds: InsightThresholds): Found | null {
  // An entry with no event type or tags is matched by its words alone (see `matchKind`): the kinds
  // are then looked up once for its text, not once per kind for every entry with the same words.
  if (entry.eventType !== null || entry.tags.length > 0) return kindsFound(entry, kinds, thresholds);
  const read = readEntry(entry, readingOf(thresholds));
  const held = read.recall<Found | null>(BY_WORDS, kinds);
  // A closure only for a text not read yet (asked of every entry, each closure made is garbage).
  return held !== undefined ? held : read.remember(BY_WORDS, kinds, () => kindsFound(entry, kinds, thresholds));
}

function kindsFound(entry: InsightEntry, kinds: readonly TriggerKind[], thresholds: InsightThresholds): Found | null {
  let found: { kind: TriggerKind; match: KindMatch | null }[] | null = null;
  for (const kind of kinds) {
    const match = matchKind(entry, kind.match, thresholds);
    if (match !== null) (found ??= []).push({ kind, match });
  }
  return found;
}

/**
 * Whether one of `positions` (earlier triggers of a kind) falls within the window before the entry
 * at `at` and is about the same family: the same trigger told again. Entries are visited in order
 * of their first day, so an earlier trigger can fall within the window when its last possible day
 * is no more than the window before this one's first (`withinDaysAfter`). The latest are asked
 * first: they are the likeliest to answer.
 */
function toldAgain(facts: EntryFacts, positions: readonly number[], at: number, windowDays: number): boolean {
  for (let k = positions.length - 1; k >= 0; k -= 1) {
    const p = positions[k]!;
    if (facts.first[at]! - facts.last[p]! <= windowDays && facts.sameFamily(p, at)) return true;
  }
  return false;
}

/** Those of `positions` that can still fall within the window before the entry at `at`. */
function stillInWindow(facts: EntryFacts, positions: readonly number[], at: number, windowDays: number): number[] {
  const kept: number[] = [];
  for (const p of positions) if (facts.first[at]! - facts.last[p]! <= windowDays) kept.push(p);
  return kept;
}

export function triggerEvents(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const excluded = excludedFor(input, RULE_ID);
  const facts = entryFacts(input, thresholds);
  const { first, last, concernPositions: concerns, sorted } = facts;
  const patterns: InsightPattern[] = [];
  // By kind, the positions of its earlier triggers, those that can no longer fall within the window
  // dropped now and then (a trigger that falls out of it never comes back: first days ascend).
  const earlierOfKind = new Map<string, { positions: number[]; sizeAfterDrop: number }>();
  const windowDays = settings.windowDays;

  for (let at = 0; at < facts.datedCount; at += 1) {
    const trigger = sorted[at]!;
    if (excluded.has(trigger.id)) continue;
    const found = triggersOf(trigger, settings.triggers, thresholds);
    if (found === null) continue;
    // Module functions rather than closures made for each trigger: each closure is garbage, and
    // under the benchmark's loader (tsx) each is also named by a call to `__name`.
    const fresh: Found[number][] = [];
    for (const item of found)
      if (!toldAgain(facts, earlierOfKind.get(item.kind.id)?.positions ?? NONE, at, windowDays)) fresh.push(item);
    for (const item of found) {
      let earlier = earlierOfKind.get(item.kind.id);
      if (earlier === undefined) {
        earlier = { positions: [], sizeAfterDrop: 0 };
        earlierOfKind.set(item.kind.id, earlier);
      }
      // Dropping those out of the window when the list has doubled keeps each check short.
      if (earlier.positions.length >= 2 * earlier.sizeAfterDrop + 16) {
        earlier.positions = stillInWindow(facts, earlier.positions, at, windowDays);
        earlier.sizeAfterDrop = earlier.positions.length;
      }
      earlier.positions.push(at);
    }
    if (fresh.length === 0) continue;

    // Incidents and significant entries about the family that can fall within the window after it.
    const followed: InsightEntry[] = [];
    const to = last[at]! + settings.windowDays;
    for (let k = facts.startingFrom(concerns, first[at]!); k < concerns.length; k += 1) {
      const p = concerns[k]!;
      if (first[p]! > to) break;
      if (p === at || last[p]! < first[at]! || first[p]! < first[at]! || !facts.sameFamily(at, p)) continue;
      followed.push(sorted[p]!);
    }
    if (followed.length >= settings.minFollowing) patterns.push(triggerPattern(trigger, fresh, followed, windowDays));
  }
  return patterns;
}

/**
 * The pattern for a trigger and what followed it. Its own function: the loop above runs over the
 * whole chronology and is compiled while it runs, with the function around it (README, "Insight:
 * accuracy, quiet output and speed"); this part runs only for the triggers found.
 */
function triggerPattern(
  trigger: InsightEntry,
  fresh: Found,
  followed: readonly InsightEntry[],
  windowDays: number,
): InsightPattern {
  const labels = fresh.map((item) => item.kind.label);
  const cues = fresh.flatMap((item) => item.match!.cues);
  const why = fresh.map((item) => {
    const match = item.match!;
    const words = match.cues.length > 0 ? `the words ${quotedWords(match.cues)}` : match.structured!;
    return `${item.kind.label.toLowerCase()} (${words})`;
  });
  const explanation = [
    `The entry dated ${cite(trigger)} records ${listText(why)}.`,
    `Within ${plural(windowDays, 'day')} after it, ${plural(followed.length, 'incident or significant entry', 'incidents or significant entries')} about the same family followed: ${citeList(followed)}.`,
  ].join(' ');
  return makePattern({
    ruleId: RULE_ID,
    key: `${trigger.id}:${fresh.map((item) => item.kind.id).join('+')}`,
    title: `${ruleTitle(RULE_ID)}: ${listText(labels)} (${trigger.date.text})`,
    explanation,
    severity: followed.length >= 2 || fresh.some((item) => item.kind.id === 'threat-to-kill') ? 'high' : 'medium',
    salience: 35 + followed.length * 10,
    evidence: [trigger, ...followed],
    matches: [cues.length > 0 ? matchOf(trigger, cues) : structuredMatch(trigger, labels.join(', '))],
    kinds: fresh.map((item) => item.kind.id),
  });
}
