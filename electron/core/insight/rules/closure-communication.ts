/**
 * Rule 3 — Case closures and whether they were communicated.
 *
 * A closure is an entry whose words affirm one in any wording ("case closed", "closed to service",
 * "assessment closed", "NFA", "stepped down", "discharged") or whose event type or tag says so; a
 * sentence that is about a criminal outcome ("NFA - insufficient evidence", "arrested") is not a
 * closure. The agencies "involved at the time" are the other agencies with an entry about the same
 * family within `activeWithinMonths` before it. An involved agency was told when the closure (or
 * another closure entry by the same agency within `notifyWithinDays`) records sharing with it, or
 * records telling it in words ("letter to GP", "informed police"). A share without a date is reported as such and is not counted as "not
 * told". A closure is a pattern when an involved agency not told had itself recorded an incident or
 * a significant entry about the family in the look-back (an agency left holding concerns). An agency
 * with three or more such closures gets one pattern for them all.
 */
import type { InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { isConcern } from '../concern';
import { gapDays, monthsToDays, withinDaysAfter } from '../dates';
import { entryFacts, type EntryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput } from '../input';
import { fold } from '../match';
import { kindMatchOf, kindWords, ruleTitle } from '../pattern';
import { cite, listText, plural } from '../wording';
import { recordsTelling } from '../reading/agencies';
import { matchKind, type KindMatch } from '../reading/entry-kind';
import { readingOf } from '../reading/vocabulary';
import { excludedFor } from './excluded';
import { groupByAgency, type EntryFinding } from './group-by-agency';

export const RULE_ID = 'closure-communication' as const;

/** An agency with this many such closures gets one pattern for all of them. */
const REPEATED_AT = 3;

type Told = 'in-time' | 'late' | 'undated' | 'no';

const RANK: Readonly<Record<Told, number>> = { 'in-time': 3, undated: 2, late: 1, no: 0 };

/** An entry's closure, if it records one (criminal outcomes excluded). */
export function closureOf(entry: InsightEntry, thresholds: InsightThresholds): KindMatch | null {
  return matchKind(entry, thresholds.vocabulary.closure, thresholds, readingOf(thresholds).closureNotWhen);
}

const NONE: readonly number[] = [];

/** How many of `positions` (ascending) are below `end`. */
function below(positions: readonly number[], end: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (positions[mid]! < end) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first position from `start` (up to `count`) whose first day is after `day` (first days ascend). */
function firstAfter(first: Int32Array, start: number, count: number, day: number): number {
  let low = start;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (first[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `ownClosures`: the closing agency's closure entries (the closure itself among them). */
function toldState(
  ownClosures: readonly InsightEntry[],
  closure: InsightEntry,
  agency: string,
  notifyDays: number,
  thresholds: InsightThresholds,
): Told {
  let best: Told = 'no';
  for (const entry of ownClosures) {
    if (entry.id !== closure.id && !withinDaysAfter(closure.date, entry.date, notifyDays)) continue;
    if (recordsTelling(entry, agency, thresholds)) return 'in-time';
    for (const share of entry.sharedWith) {
      if (fold(share.agency) !== fold(agency)) continue;
      let state: Told;
      if (share.date === null || share.date.earliest === null) state = 'undated';
      else {
        const gap = gapDays(closure.date, share.date);
        state =
          gap !== null && gap.max <= notifyDays
            ? 'in-time'
            : gap !== null && gap.min <= notifyDays
              ? 'undated'
              : 'late';
      }
      if (RANK[state] > RANK[best]) best = state;
    }
  }
  return best;
}

export function closureCommunication(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  if (!thresholds.rules[RULE_ID].enabled) return [];
  return groupByAgency(RULE_ID, closureFindings(input, thresholds), REPEATED_AT, 'closure');
}

interface Closure {
  readonly entry: InsightEntry;
  /** Its position in the run's tables. */
  readonly at: number;
  readonly match: KindMatch;
}

/** The closures, in chronological order (its own function, as `closureFindings` is). */
function closuresIn(
  sorted: readonly InsightEntry[],
  excluded: ReadonlySet<string>,
  thresholds: InsightThresholds,
): Closure[] {
  const closures: Closure[] = [];
  for (let at = 0; at < sorted.length; at += 1) {
    const entry = sorted[at]!;
    if (entry.agency === null || excluded.has(entry.id)) continue;
    const match = closureOf(entry, thresholds);
    if (match !== null) closures.push({ entry, at, match });
  }
  return closures;
}

/**
 * Dated positions by agency as written (involvement is named as written), and dated incidents or
 * significant entries by agency as numbered, each in chronological order (its own function, as
 * `closureFindings` is).
 */
function datedByAgency(facts: EntryFacts): {
  datedByName: Map<string, number[]>;
  concernsByAgency: Map<number, number[]>;
} {
  const { agency, concern, sorted } = facts;
  const datedByName = new Map<string, number[]>();
  const concernsByAgency = new Map<number, number[]>();
  for (let p = 0; p < facts.datedCount; p += 1) {
    if (agency[p] === -1) continue;
    const name = sorted[p]!.agency!;
    const list = datedByName.get(name);
    if (list === undefined) datedByName.set(name, [p]);
    else list.push(p);
    if (concern[p] !== 1) continue;
    const concerns = concernsByAgency.get(agency[p]!);
    if (concerns === undefined) concernsByAgency.set(agency[p]!, [p]);
    else concerns.push(p);
  }
  return { datedByName, concernsByAgency };
}

/**
 * Each closure not told to an involved agency left holding concerns, as a finding. Its own
 * function, and the finding made by `closureFinding`: a loop over the whole chronology is compiled
 * while it runs, with the function around it (README, "Insight: accuracy, quiet output and speed").
 */
function closureFindings(input: InsightInput, thresholds: InsightThresholds): EntryFinding[] {
  const settings = thresholds.rules[RULE_ID];
  const excluded = excludedFor(input, RULE_ID);
  const facts = entryFacts(input, thresholds);
  const { first, last, agency, sorted } = facts;
  const closures = closuresIn(sorted, excluded, thresholds);
  // Each agency's closures by position (chronological), so "its closures up to N days after this one" is a bisection.
  const closuresByAgency = new Map<number, number[]>();
  for (const { at } of closures) {
    const list = closuresByAgency.get(agency[at]!);
    if (list === undefined) closuresByAgency.set(agency[at]!, [at]);
    else list.push(at);
  }
  const { datedByName, concernsByAgency } = datedByAgency(facts);
  const lookback = monthsToDays(settings.activeWithinMonths);
  const findings: EntryFinding[] = [];

  for (const { entry: closure, at, match } of closures) {
    if (at >= facts.datedCount) continue;
    // The latest entry of each other agency within the look-back shows it was involved; an agency
    // left holding concerns recorded an incident or a significant entry about anyone in it.
    // The window: dated positions from `start` up to (not including) `end`, those starting no
    // later than the closure, that reach back to `from`. Each agency's latest such entry is found
    // by walking its own positions back from the end of the window.
    const from = first[at]! - lookback;
    const start = facts.scanStart(null, from);
    const end = firstAfter(first, start, facts.datedCount, first[at]!);
    const involvement = new Map<string, InsightEntry>();
    for (const [name, own] of datedByName) {
      if (facts.agencyNumber(name) === agency[at]) continue;
      for (let k = below(own, end) - 1; k >= 0 && own[k]! >= start; k -= 1) {
        const p = own[k]!;
        if (last[p]! < from || !facts.sameFamily(p, at)) continue;
        involvement.set(name, sorted[p]!);
        break;
      }
    }
    if (involvement.size === 0) continue;
    const concerned = (number: number): boolean => {
      const own = concernsByAgency.get(number) ?? NONE;
      for (let k = below(own, end) - 1; k >= 0 && own[k]! >= start; k -= 1) if (last[own[k]!]! >= from) return true;
      return false;
    };
    // Only an involved agency left holding concerns can make a pattern: when none is, whom the
    // closure was told to does not matter (and reading that is most of this rule's work).
    if (![...involvement.keys()].some((name) => concerned(facts.agencyNumber(name)))) continue;

    // The closing agency's closure entries that can record telling in time: this one and those up to `notifyWithinDays` after it.
    const ownClosures: InsightEntry[] = [];
    const ownClosurePositions: number[] = [];
    const ownPositions = closuresByAgency.get(agency[at]!)!;
    let low = 0;
    let high = ownPositions.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (first[ownPositions[mid]!]! < first[at]!) low = mid + 1;
      else high = mid;
    }
    // Dated positions are in order of their first day: those from this day on, up to the notice days, are one run.
    let hasOwn = false;
    for (let k = low; k < ownPositions.length; k += 1) {
      const p = ownPositions[k]!;
      if (p >= facts.datedCount || first[p]! - last[at]! > settings.notifyWithinDays) break;
      if (p === at) hasOwn = true;
      ownClosures.push(sorted[p]!);
      ownClosurePositions.push(p);
    }
    if (!hasOwn) {
      // Only with a negative notice period: the closure itself still counts, in its place.
      const later = ownClosurePositions.findIndex((position) => position > at);
      ownClosures.splice(later === -1 ? ownClosures.length : later, 0, closure);
    }
    const finding = closureFinding(
      closure,
      match,
      involvement,
      ownClosures,
      (name) => concerned(facts.agencyNumber(name)),
      input,
      thresholds,
    );
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

/** The finding for a closure, or null when every involved agency left holding concerns was told in time. */
function closureFinding(
  closure: InsightEntry,
  match: KindMatch,
  involvement: ReadonlyMap<string, InsightEntry>,
  ownClosures: readonly InsightEntry[],
  heldConcerns: (agency: string) => boolean,
  input: InsightInput,
  thresholds: InsightThresholds,
): EntryFinding | null {
  const settings = thresholds.rules[RULE_ID];
  const closingAgency = closure.agency!;
  const states = [...involvement.keys()].sort().map((agency) => ({
    agency,
    told: toldState(ownClosures, closure, agency, settings.notifyWithinDays, thresholds),
  }));
  const notTold = states.filter((state) => state.told === 'no' || state.told === 'late');
  if (notTold.length === 0) return null;
  if (!notTold.some((state) => heldConcerns(state.agency))) return null;
  const toldInTime = states.filter((state) => state.told === 'in-time').map((state) => state.agency);
  const undated = states.filter((state) => state.told === 'undated').map((state) => state.agency);
  const late = states.filter((state) => state.told === 'late').map((state) => state.agency);
  const context = notTold.map((state) => involvement.get(state.agency)!);
  const words = kindWords(match);

  const sentences = [
    `${closingAgency} recorded a closure (${words}) dated ${cite(closure)}.`,
    `${plural(involvement.size, 'other agency', 'other agencies')} had recorded contact with the family in the ${plural(settings.activeWithinMonths, 'month')} before: ${listText([...involvement.keys()].sort())}.`,
    `No record shows the closure was shared with ${listText(notTold.map((state) => state.agency))} within ${plural(settings.notifyWithinDays, 'day')}${late.length > 0 ? ` (shared later with ${listText(late)})` : ''}.`,
    `Their most recent entries before the closure: ${context.map(cite).join('; ')}.`,
  ];
  if (toldInTime.length > 0) sentences.push(`It was shared in time with ${listText(toldInTime)}.`);
  if (undated.length > 0)
    sentences.push(`It was shared with ${listText(undated)}, but the date of sharing is not recorded.`);
  const concernCount = context.filter((entry) => isConcern(entry, input.people, thresholds)).length;
  const matched = kindMatchOf(closure, match);
  return {
    agency: closingAgency,
    entry: closure,
    evidence: [closure, ...context],
    match: matched,
    pattern: {
      ruleId: RULE_ID,
      key: `${closingAgency}:${closure.id}`,
      title: `${ruleTitle(RULE_ID)}: ${closingAgency} (${closure.date.text})`,
      explanation: sentences.join(' '),
      severity: notTold.length === involvement.size && concernCount > 0 ? 'high' : 'medium',
      salience: 40 + notTold.length * 10 + concernCount * 5,
      evidence: [closure, ...context],
      matches: [matched],
    },
  };
}
