/**
 * Rule 5 — The mother (or victim) never seen alone because the partner was present.
 *
 * A victim is a family adult whose register roles (or whose role on an entry) match
 * `victimRoles`. Her partners are the people the register relates to her with a kind in
 * `partnerRelationships`. A contact is an entry placing her as present (any role other than
 * `notPresentRoles`). The rule counts contacts where a partner was also present and the entry
 * does not record her as seen alone (neither the chronology's flag nor `seenAloneKeywords`;
 * `notSeenAloneKeywords` such as "not seen alone" override the latter).
 * At least `minContacts` such contacts make a pattern; with `onlyWhenNeverSeenAlone`, only if no
 * contact at all records her as seen alone.
 */
import type { InsightPattern, InsightThresholds } from '../../../shared/domain/insight';
import { sortEntries } from '../dates';
import type { InsightEntry, InsightInput } from '../input';
import { entryText, findPhrase, inList } from '../match';
import { citeList, distinctAgencies, listText, makePattern, personIndex, personLabel, plural, ruleTitle } from '../pattern';
import { isVictim, partnersOf, presentPersonIds } from '../people';

export const RULE_ID = 'victim-seen-alone' as const;

/** Whether the entry records the victim as seen alone; "not seen alone" wording wins over "seen alone". */
function recordsSeenAlone(entry: InsightEntry, thresholds: InsightThresholds): boolean {
  if (entry.victimSeenAlone !== null) return entry.victimSeenAlone;
  const text = entryText(entry);
  if (findPhrase(text, thresholds.vocabulary.notSeenAloneKeywords) !== null) return false;
  return findPhrase(text, thresholds.vocabulary.seenAloneKeywords) !== null;
}

export function victimSeenAlone(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const vocabulary = thresholds.vocabulary;
  const index = personIndex(input.people);
  const victims = new Set(input.people.filter((person) => isVictim(person, vocabulary)).map((person) => person.id));
  for (const entry of input.entries) {
    for (const person of entry.people) {
      if (index.get(person.personId)?.kind === 'adult' && inList(person.role, vocabulary.victimRoles)) victims.add(person.personId);
    }
  }

  const entries = sortEntries(input.entries);
  const patterns: InsightPattern[] = [];
  for (const victimId of [...victims].sort()) {
    const partners = partnersOf(victimId, input.people, vocabulary);
    if (partners.size === 0) continue;
    const contacts = entries.filter((entry) => presentPersonIds(entry, vocabulary).has(victimId));
    const seenAlone = contacts.filter((entry) => recordsSeenAlone(entry, thresholds));
    const withPartner = contacts.filter((entry) => {
      if (recordsSeenAlone(entry, thresholds)) return false;
      const present = presentPersonIds(entry, vocabulary);
      return [...partners].some((partner) => present.has(partner));
    });
    if (withPartner.length < settings.minContacts) continue;
    if (settings.onlyWhenNeverSeenAlone && seenAlone.length > 0) continue;

    const name = personLabel(index, victimId);
    const partnerNames = [...partners]
      .filter((partner) => withPartner.some((entry) => presentPersonIds(entry, vocabulary).has(partner)))
      .map((partner) => personLabel(index, partner));
    const sentences = [
      `At ${plural(withPartner.length, 'contact')} recorded by ${listText(distinctAgencies(withPartner))}, ${name} was present together with ${listText(partnerNames)} and the record does not show ${name} was seen alone: ${citeList(withPartner)}.`,
      seenAlone.length === 0
        ? `None of the ${plural(contacts.length, 'contact')} with ${name} in the chronology records that ${name} was seen alone.`
        : `${plural(seenAlone.length, 'contact')} of ${contacts.length} record that ${name} was seen alone.`,
    ];
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: victimId,
        title: `${ruleTitle(RULE_ID)}: ${name}`,
        explanation: sentences.join(' '),
        severity: seenAlone.length === 0 ? 'high' : 'medium',
        salience: 35 + withPartner.length * 8 + (seenAlone.length === 0 ? 20 : 0),
        evidence: withPartner,
      }),
    );
  }
  return patterns;
}
