/**
 * Rule 5 — The victim (or mother) never seen alone because the partner was there.
 *
 * A victim is a family adult whose register roles (or whose role on an entry) match
 * `victimRoles`; her partners are the people the register relates to her with a kind in
 * `partnerRelationships`. A contact with the partner there is an entry that
 * - links both as present (structured), or
 * - affirms a cue such as "present throughout", "answered on her behalf", "did all the talking",
 *   "accompanied by", "not seen on her own" in a sentence about her or her partner.
 * A contact is "seen alone" when a sentence about her (not about a child) affirms "seen alone",
 * "spoken to alone", "partner waited outside"; "not seen alone" is negated and does not count.
 * At least `minContacts` contacts with the partner there make a pattern; with
 * `onlyWhenNeverSeenAlone`, only if no contact records her as seen alone.
 */
import type { InsightMatch, InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { entryFacts } from '../entry-facts';
import type { InsightEntry, InsightInput, InsightPerson } from '../input';
import { inList } from '../match';
import { makePattern, matchOf, ruleTitle, structuredMatch } from '../pattern';
import { citeList, distinctAgencies, listText, personLabel, plural } from '../wording';
import { isVictim, partnersOf, personIndex, presentPersonIds } from '../people';
import { childrenIn, mentionedPeople, namedIn } from '../reading/mentions';
import { readEntry, type Cue } from '../reading/read-entry';
import { readingOf } from '../reading/vocabulary';
import { excludedFor } from './excluded';

export const RULE_ID = 'victim-seen-alone' as const;

function aboutCouple(
  cue: Cue,
  victimId: string,
  partners: ReadonlySet<string>,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): boolean {
  const named = namedIn(cue.sentence, people);
  if (named.has(victimId) || [...partners].some((id) => named.has(id))) return true;
  // "partner present throughout" names neither, but the entry as a whole may.
  return named.size === 0 && childrenIn(cue.sentence, people, thresholds).length === 0;
}

/** Whether the entry's own links place the victim and one of her partners at the contact. */
function linkedTogether(
  entry: InsightEntry,
  victimId: string,
  partners: ReadonlySet<string>,
  vocabulary: InsightThresholds['vocabulary'],
): boolean {
  // An entry that links nobody places nobody (most entries are words alone).
  if (entry.people.length === 0 && entry.children.length === 0) return false;
  const present = presentPersonIds(entry, vocabulary);
  return present.has(victimId) && [...partners].some((id) => present.has(id));
}

export function recordsSeenAlone(
  entry: InsightEntry,
  victimId: string,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
): Cue | null {
  const cues = readEntry(entry, readingOf(thresholds)).cues(thresholds.vocabulary.seenAloneKeywords);
  return (
    cues.find((cue) => {
      const named = namedIn(cue.sentence, people);
      return childrenIn(cue.sentence, people, thresholds).length === 0 || named.has(victimId);
    }) ?? null
  );
}

/**
 * The register's victims and the family adults an entry links in a victim's role. Its own function,
 * as is `contactsWith`: a loop over the whole chronology is compiled while it runs, with the function
 * around it (README, "Insight: accuracy, quiet output and speed").
 */
function victimsIn(input: InsightInput, vocabulary: InsightThresholds['vocabulary']): Set<string> {
  const index = personIndex(input.people);
  const victims = new Set(input.people.filter((person) => isVictim(person, vocabulary)).map((person) => person.id));
  for (const entry of input.entries) {
    for (const person of entry.people) {
      if (index.get(person.personId)?.kind === 'adult' && inList(person.role, vocabulary.victimRoles))
        victims.add(person.personId);
    }
  }
  return victims;
}

interface Contacts {
  /** Contacts with a partner there, and why. */
  readonly withPartner: { entry: InsightEntry; match: InsightMatch }[];
  readonly seenAlone: InsightEntry[];
  /** How many entries are about her. */
  readonly count: number;
}

/** The entries about a victim: those with a partner there, and those that record her seen alone. */
function contactsWith(
  victimId: string,
  partners: ReadonlySet<string>,
  input: InsightInput,
  thresholds: InsightThresholds,
): Contacts {
  const excluded = excludedFor(input, RULE_ID);
  const vocabulary = thresholds.vocabulary;
  const reading = readingOf(thresholds);
  const withPartner: { entry: InsightEntry; match: InsightMatch }[] = [];
  const seenAlone: InsightEntry[] = [];
  let contacts = 0;
  for (const entry of entryFacts(input, thresholds).sorted) {
    const mentioned = mentionedPeople(entry, input.people, thresholds);
    if (!mentioned.has(victimId)) continue;
    contacts += 1;
    // The chronology's own flag, when recorded, wins over wording.
    if (
      entry.victimSeenAlone === true ||
      (entry.victimSeenAlone === null && recordsSeenAlone(entry, victimId, input.people, thresholds) !== null)
    ) {
      seenAlone.push(entry);
      continue;
    }
    if (excluded.has(entry.id)) continue;
    const said = readEntry(entry, reading).cues(reading.partnerPresent);
    const cues =
      said.length === 0 ? said : said.filter((cue) => aboutCouple(cue, victimId, partners, input.people, thresholds));
    if (cues.length > 0) withPartner.push({ entry, match: matchOf(entry, cues) });
    else if (linkedTogether(entry, victimId, partners, vocabulary)) {
      withPartner.push({ entry, match: structuredMatch(entry, 'partner linked as present') });
    }
  }
  return { withPartner, seenAlone, count: contacts };
}

export function victimSeenAlone(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const vocabulary = thresholds.vocabulary;
  const index = personIndex(input.people);
  const patterns: InsightPattern[] = [];
  for (const victimId of [...victimsIn(input, vocabulary)].sort()) {
    const partners = partnersOf(victimId, input.people, vocabulary);
    if (partners.size === 0) continue;
    const { withPartner, seenAlone, count: contacts } = contactsWith(victimId, partners, input, thresholds);
    if (withPartner.length < settings.minContacts) continue;
    if (settings.onlyWhenNeverSeenAlone && seenAlone.length > 0) continue;

    const name = personLabel(index, victimId);
    const present = [...partners].filter((id) =>
      withPartner.some((item) => mentionedPeople(item.entry, input.people, thresholds).has(id)),
    );
    const partnerNames = (present.length > 0 ? present : [...partners]).map((id) => personLabel(index, id)).sort();
    const evidence = withPartner.map((item) => item.entry);
    const sentences = [
      `At ${plural(withPartner.length, 'contact')} recorded by ${listText(distinctAgencies(evidence))}, the record shows ${listText(partnerNames)} present or speaking for ${name}: ${citeList(evidence)}.`,
      seenAlone.length === 0
        ? `None of the ${plural(contacts, 'entry', 'entries')} about ${name} records that ${name} was seen alone.`
        : `${plural(seenAlone.length, 'entry', 'entries')} of ${contacts} record that ${name} was seen alone.`,
    ];
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: victimId,
        title: `${ruleTitle(RULE_ID)}: ${name}`,
        explanation: sentences.join(' '),
        severity: seenAlone.length === 0 ? 'high' : 'medium',
        salience: 35 + withPartner.length * 8 + (seenAlone.length === 0 ? 20 : 0),
        evidence,
        matches: withPartner.map((item) => item.match),
      }),
    );
  }
  return patterns;
}
