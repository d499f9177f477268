/**
 * Rule 4 — Children present but not seen, not seen alone or not spoken to; children's views.
 *
 * For each child, a contact is an entry that records the child as present (or seen). The rule
 * counts contacts where the entry records the child as not seen, seen but not alone, or not
 * spoken to (only an explicit "no" counts; "not recorded" is reported separately), and the share
 * of contacts where the child's views were recorded. A child is a pattern when at least
 * `minContacts` contacts had one of those gaps, or when the child had at least `minContacts`
 * contacts and views were recorded in fewer than `minViewsRecordedShare` of them.
 *
 * A baby is not expected to be seen alone, spoken to or to give views: contacts where the child
 * was certainly younger than `minAgeYears` (by the register's date of birth and the latest day
 * the entry's date allows) count only for "not seen". Without a date of birth, they count fully.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sortEntries } from '../dates';
import { dayNumber } from '../../../shared/timeline/days';
import type { InsightChildContact, InsightDate, InsightEntry, InsightInput } from '../input';
import { citeList, distinctAgencies, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'child-seen' as const;

interface Contact {
  readonly entry: InsightEntry;
  readonly child: InsightChildContact;
}

/** True when the child was certainly younger than `years` on every day the date allows. */
function tooYoungToSpeak(dateOfBirth: string | null, date: InsightDate, years: number): boolean {
  if (dateOfBirth === null || date.latest === null || years === 0) return false;
  const [y, m, d] = dateOfBirth.split('-');
  // The day the child turns `years` (29 February birthdays roll over to 1 March, as dayNumber would refuse them).
  const birthday = `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
  const turns = /-02-29$/.test(birthday) ? dayNumber(`${birthday.slice(0, 4)}-03-01`) : dayNumber(birthday);
  return dayNumber(date.latest) < turns;
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

export function childSeen(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const byChild = new Map<string, Contact[]>();
  for (const entry of sortEntries(input.entries)) {
    for (const child of entry.children) {
      if (child.present !== true && child.seen !== true) continue;
      const contacts = byChild.get(child.personId) ?? [];
      contacts.push({ entry, child });
      byChild.set(child.personId, contacts);
    }
  }

  const patterns: InsightPattern[] = [];
  for (const [childId, contacts] of [...byChild].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const notSeen = contacts.filter((c) => c.child.seen === false);
    const dateOfBirth = index.get(childId)?.dateOfBirth ?? null;
    const canSpeak = contacts.filter((c) => !tooYoungToSpeak(dateOfBirth, c.entry.date, settings.minAgeYears));
    const notAlone = canSpeak.filter((c) => c.child.seen === true && c.child.seenAlone === false);
    const notSpokenTo = canSpeak.filter((c) => c.child.spokenTo === false);
    const withGap = new Set([...notSeen, ...notAlone, ...notSpokenTo]);
    const gaps = contacts.filter((c) => withGap.has(c));
    const views = canSpeak.filter((c) => c.child.viewsRecorded === true);
    const share = canSpeak.length === 0 ? 1 : views.length / canSpeak.length;
    const lowViews = canSpeak.length >= settings.minContacts && share < settings.minViewsRecordedShare;
    if (gaps.length < settings.minContacts && !lowViews) continue;

    const name = personLabel(index, childId);
    const unknownSeen = contacts.filter((c) => c.child.seen === null && c.child.present === true).length;
    const sentences = [
      `${name} was recorded as present at ${plural(contacts.length, 'contact')} (${listText(distinctAgencies(contacts.map((c) => c.entry)))}).`,
    ];
    if (notSeen.length > 0) sentences.push(`Not seen at ${plural(notSeen.length, 'contact')}: ${citeList(notSeen.map((c) => c.entry))}.`);
    if (notAlone.length > 0) sentences.push(`Seen but not alone at ${plural(notAlone.length, 'contact')}: ${citeList(notAlone.map((c) => c.entry))}.`);
    if (notSpokenTo.length > 0) sentences.push(`Not spoken to at ${plural(notSpokenTo.length, 'contact')}: ${citeList(notSpokenTo.map((c) => c.entry))}.`);
    if (unknownSeen > 0) sentences.push(`Whether ${name} was seen is not recorded for ${plural(unknownSeen, 'contact')}.`);
    const young = contacts.length - canSpeak.length;
    if (young > 0) {
      sentences.push(`${plural(young, 'contact')} when ${name} was younger than ${settings.minAgeYears} ${young === 1 ? 'is' : 'are'} not counted for being seen alone, spoken to or for views.`);
    }
    if (canSpeak.length > 0) {
      sentences.push(`The child's views were recorded at ${views.length} of ${canSpeak.length} contacts (${percent(views.length, canSpeak.length)}).`);
    }

    const withoutViews = lowViews ? canSpeak.filter((c) => c.child.viewsRecorded !== true) : [];
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: childId,
        title: `${ruleTitle(RULE_ID)}: ${name}`,
        explanation: sentences.join(' '),
        severity: notSeen.length > 0 || (canSpeak.length > 0 && views.length === 0) ? 'high' : 'medium',
        salience: 30 + gaps.length * 8 + Math.round((1 - share) * 30),
        evidence: [...gaps, ...withoutViews].map((c) => c.entry),
      }),
    );
  }
  return patterns;
}
