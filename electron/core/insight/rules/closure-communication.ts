/**
 * Rule 3 — Case closures and whether they were communicated.
 *
 * A closure is an entry matching the `closure` vocabulary. The agencies "involved at the time"
 * are the other agencies with an entry about the same family dated within `activeWithinMonths`
 * before the closure. An involved agency was told when the closure entry (or another closure
 * entry by the same agency within `notifyWithinDays`) records sharing with it, dated no later
 * than `notifyWithinDays` after the closure. A share without a date is reported as such and is
 * not counted as "not told". A closure with at least one involved agency not told is a pattern.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { isConcern, sameFamily } from '../concern';
import { dayRange, gapDays, monthsToDays, sortEntries, withinDaysAfter } from '../dates';
import { dayIndex } from '../day-index';
import type { InsightEntry, InsightInput } from '../input';
import { fold, matchEntry } from '../match';
import { cite, listText, makePattern, personIndex, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'closure-communication' as const;

type Told = 'in-time' | 'late' | 'undated' | 'no';

const RANK: Readonly<Record<Told, number>> = { 'in-time': 3, undated: 2, late: 1, no: 0 };

/** `ownClosures`: the closing agency's closure entries (the closure itself among them). */
function toldState(ownClosures: readonly InsightEntry[], closure: InsightEntry, agency: string, notifyDays: number): Told {
  let best: Told = 'no';
  for (const entry of ownClosures) {
    if (entry.id !== closure.id && !withinDaysAfter(closure.date, entry.date, notifyDays)) continue;
    for (const share of entry.sharedWith) {
      if (fold(share.agency) !== fold(agency)) continue;
      let state: Told;
      if (share.date === null || share.date.earliest === null) state = 'undated';
      else {
        const gap = gapDays(closure.date, share.date);
        state = gap !== null && gap.max <= notifyDays ? 'in-time' : gap !== null && gap.min <= notifyDays ? 'undated' : 'late';
      }
      if (RANK[state] > RANK[best]) best = state;
    }
  }
  return best;
}

export function closureCommunication(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const entries = sortEntries(input.entries);
  const closures = entries.filter((entry) => entry.agency !== null && matchEntry(entry, thresholds.vocabulary.closure) !== null);
  const lookback = monthsToDays(settings.activeWithinMonths);
  const patterns: InsightPattern[] = [];

  for (const closure of closures) {
    const closingAgency = closure.agency!;
    const range = dayRange(closure.date);
    if (range === null) continue;
    // The latest entry of each other agency within the look-back shows it was involved.
    const involvement = new Map<string, InsightEntry>();
    for (const entry of dayIndex(input.entries).overlapping(range.first - lookback, range.last)) {
      if (entry.agency === null || fold(entry.agency) === fold(closingAgency)) continue;
      if (!withinDaysAfter(entry.date, closure.date, lookback) || !sameFamily(entry, closure, index)) continue;
      involvement.set(entry.agency, entry);
    }
    if (involvement.size === 0) continue;

    const ownClosures = closures.filter((entry) => fold(entry.agency!) === fold(closingAgency));
    const states = [...involvement.keys()].sort().map((agency) => ({
      agency,
      told: toldState(ownClosures, closure, agency, settings.notifyWithinDays),
    }));
    const notTold = states.filter((state) => state.told === 'no' || state.told === 'late');
    if (notTold.length === 0) continue;
    const toldInTime = states.filter((state) => state.told === 'in-time').map((state) => state.agency);
    const undated = states.filter((state) => state.told === 'undated').map((state) => state.agency);
    const late = states.filter((state) => state.told === 'late').map((state) => state.agency);
    const evidence = [closure, ...notTold.map((state) => involvement.get(state.agency)!)];

    const sentences = [
      `${closingAgency} recorded a closure dated ${cite(closure)}.`,
      `${plural(involvement.size, 'other agency', 'other agencies')} had recorded contact with the family in the ${plural(settings.activeWithinMonths, 'month')} before: ${listText([...involvement.keys()].sort())}.`,
      `No record shows the closure was shared with ${listText(notTold.map((state) => state.agency))} within ${plural(settings.notifyWithinDays, 'day')}${late.length > 0 ? ` (shared later with ${listText(late)})` : ''}.`,
      `Their most recent entries before the closure: ${notTold.map((state) => cite(involvement.get(state.agency)!)).join('; ')}.`,
    ];
    if (toldInTime.length > 0) sentences.push(`It was shared in time with ${listText(toldInTime)}.`);
    if (undated.length > 0) sentences.push(`It was shared with ${listText(undated)}, but the date of sharing is not recorded.`);
    const concernCount = evidence.filter((entry) => isConcern(entry, thresholds)).length;
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: closingAgency,
        title: `${ruleTitle(RULE_ID)}: ${closingAgency} (${closure.date.text})`,
        explanation: sentences.join(' '),
        severity: notTold.length === involvement.size ? 'high' : 'medium',
        salience: 40 + notTold.length * 10 + concernCount * 5,
        evidence,
      }),
    );
  }
  return patterns;
}
