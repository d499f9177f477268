/**
 * Rule 4 — Children present but not seen, not seen alone or not spoken to; children's views.
 *
 * For each child, a contact is an entry that records the child as present (or seen). The rule
 * counts contacts where the entry records the child as not seen, seen but not alone, or not
 * spoken to (only an explicit "no" counts; "not recorded" is reported separately), and the share
 * of contacts where the child's views were recorded. A child is a pattern when at least
 * `minContacts` contacts had one of those gaps, or when the child had at least `minContacts`
 * contacts and views were recorded in fewer than `minViewsRecordedShare` of them.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sortEntries } from '../dates';
import type { InsightChildContact, InsightEntry, InsightInput } from '../input';
import { cite, distinctAgencies, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';

export const RULE_ID = 'child-seen' as const;

interface Contact {
  readonly entry: InsightEntry;
  readonly child: InsightChildContact;
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
    const notAlone = contacts.filter((c) => c.child.seen === true && c.child.seenAlone === false);
    const notSpokenTo = contacts.filter((c) => c.child.spokenTo === false);
    const withGap = new Set([...notSeen, ...notAlone, ...notSpokenTo]);
    const gaps = contacts.filter((c) => withGap.has(c));
    const views = contacts.filter((c) => c.child.viewsRecorded === true);
    const share = views.length / contacts.length;
    const lowViews = contacts.length >= settings.minContacts && share < settings.minViewsRecordedShare;
    if (gaps.length < settings.minContacts && !lowViews) continue;

    const name = personLabel(index, childId);
    const unknownSeen = contacts.filter((c) => c.child.seen === null && c.child.present === true).length;
    const sentences = [
      `${name} was recorded as present at ${plural(contacts.length, 'contact')} (${listText(distinctAgencies(contacts.map((c) => c.entry)))}).`,
    ];
    if (notSeen.length > 0) sentences.push(`Not seen at ${plural(notSeen.length, 'contact')}: ${notSeen.map((c) => cite(c.entry)).join('; ')}.`);
    if (notAlone.length > 0) sentences.push(`Seen but not alone at ${plural(notAlone.length, 'contact')}: ${notAlone.map((c) => cite(c.entry)).join('; ')}.`);
    if (notSpokenTo.length > 0) sentences.push(`Not spoken to at ${plural(notSpokenTo.length, 'contact')}: ${notSpokenTo.map((c) => cite(c.entry)).join('; ')}.`);
    if (unknownSeen > 0) sentences.push(`Whether ${name} was seen is not recorded for ${plural(unknownSeen, 'contact')}.`);
    sentences.push(`The child's views were recorded at ${views.length} of ${contacts.length} contacts (${percent(views.length, contacts.length)}).`);

    const withoutViews = lowViews ? contacts.filter((c) => c.child.viewsRecorded !== true) : [];
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: childId,
        title: `${ruleTitle(RULE_ID)}: ${name}`,
        explanation: sentences.join(' '),
        severity: notSeen.length > 0 || views.length === 0 ? 'high' : 'medium',
        salience: 30 + gaps.length * 8 + Math.round((1 - share) * 30),
        evidence: [...gaps, ...withoutViews].map((c) => c.entry),
      }),
    );
  }
  return patterns;
}
