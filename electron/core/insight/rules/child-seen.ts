/**
 * Rule 4 — Children present but not seen, not seen alone or not spoken to.
 *
 * Two sources, counted together per child:
 * - the chronology's child-contact records: a contact recorded as not seen, seen but not alone, or
 *   not spoken to (only an explicit "no" counts), and the share of contacts with views recorded;
 * - the narrative: a sentence that names a child (or says "the children", "baby") and affirms a cue
 *   such as "seen but not spoken to", "asleep", "in her bedroom", "seen with mum". "Seen alone and
 *   spoken to" is not a gap; "was not asleep" is negated. An entry that records the child's own
 *   words first-hand ("Child K told officers she heard shouting") heard her, so a cue such as "in
 *   her bedroom" there is not a gap, unless it is about being heard alone ("not spoken to alone").
 *   Her words told by someone else ("Mum reports that Child K told her…") are not her voice heard.
 * A child with at least `minContacts` such contacts is a pattern; children whose gaps are the same
 * entries ("the children were asleep") share one pattern. A baby is not expected to be seen alone,
 * spoken to or give views: structured contacts when the child was certainly younger than
 * `minAgeYears` count only for "not seen".
 */
import type { InsightMatch, InsightPattern, InsightThresholds } from '@shared/domain/insight';
import { sortEntries } from '../dates';
import { entryFacts } from '../entry-facts';
import { dayNumber } from '@shared/timeline/days';
import type { InsightChildContact, InsightDate, InsightEntry, InsightInput } from '../input';
import { makePattern, matchOf, ruleTitle, structuredMatch } from '../pattern';
import { citeList, distinctAgencies, joinPieces, listText, personLabel, plural } from '../wording';
import { personIndex } from '../people';
import { childrenIn } from '../reading/mentions';
import { findAll } from '../reading/phrases';
import { childHeard, reportedNotes } from '../reading/speech';
import { readEntry, type Cue } from '../reading/read-entry';
import { readingOf } from '../reading/vocabulary';
import { excludedFor } from './excluded';

export const RULE_ID = 'child-seen' as const;

/** True when the child was certainly younger than `years` on every day the date allows. */
function tooYoungToSpeak(dateOfBirth: string | null, date: InsightDate, years: number): boolean {
  if (dateOfBirth === null || date.latest === null || years === 0) return false;
  const [y, m, d] = dateOfBirth.split('-');
  const birthday = `${String(Number(y) + years).padStart(4, '0')}-${m}-${d}`;
  const turns = /-02-29$/.test(birthday) ? dayNumber(`${birthday.slice(0, 4)}-03-01`) : dayNumber(birthday);
  return dayNumber(date.latest) < turns;
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

interface Gap {
  readonly entry: InsightEntry;
  readonly match: InsightMatch;
  readonly what: string;
}

function structuredGaps(contact: InsightChildContact, canSpeak: boolean): string[] {
  const gaps: string[] = [];
  if (contact.seen === false) gaps.push('not seen');
  if (canSpeak && contact.seen === true && contact.seenAlone === false) gaps.push('seen but not alone');
  if (canSpeak && contact.spokenTo === false) gaps.push('not spoken to');
  return gaps;
}

/** Whether a cue's sentence is about being seen or heard alone ("seen but not spoken to alone"). */
function aboutAlone(sentence: string, aloneWords: readonly string[]): boolean {
  // Asked of the same few sentences thousands of times (agencies repeat them): answered once each.
  let bySentence = aloneCache.get(aloneWords);
  if (bySentence === undefined) {
    bySentence = new Map();
    aloneCache.set(aloneWords, bySentence);
  }
  let found = bySentence.get(sentence);
  if (found === undefined) {
    found = findAll(sentence.toLowerCase(), aloneWords).length > 0;
    if (bySentence.size >= MAX_SENTENCES) bySentence.clear();
    bySentence.set(sentence, found);
  }
  return found;
}
const aloneCache = new WeakMap<readonly string[], Map<string, boolean>>();
const MAX_SENTENCES = 100_000;

interface Contact {
  readonly entry: InsightEntry;
  readonly contact: InsightChildContact;
  readonly canSpeak: boolean;
}

/**
 * Each child's gaps, from the contact records and the words, and contact records. Its own
 * function: a loop over the whole chronology is compiled while it runs, with the function around it
 * (README, "Insight: accuracy, quiet output and speed").
 */
function gapsOf(
  input: InsightInput,
  thresholds: InsightThresholds,
): { gapsByChild: Map<string, Gap[]>; contactsByChild: Map<string, Contact[]> } {
  const settings = thresholds.rules[RULE_ID];
  const excluded = excludedFor(input, RULE_ID);
  const reading = readingOf(thresholds);
  const aloneWords = reading.speech?.aloneWords ?? [];
  const index = personIndex(input.people);
  const gapsByChild = new Map<string, Gap[]>();
  const contactsByChild = new Map<string, Contact[]>();
  const add = (childId: string, gap: Gap) => {
    const list = gapsByChild.get(childId) ?? [];
    // Entries are read one after another, so an entry already counted for the child is the last one.
    if (list[list.length - 1]?.entry.id !== gap.entry.id) list.push(gap);
    gapsByChild.set(childId, list);
  };

  for (const entry of entryFacts(input, thresholds).sorted) {
    if (excluded.has(entry.id)) continue;
    for (const contact of entry.children) {
      if (contact.present !== true && contact.seen !== true) continue;
      const canSpeak = !tooYoungToSpeak(
        index.get(contact.personId)?.dateOfBirth ?? null,
        entry.date,
        settings.minAgeYears,
      );
      const contacts = contactsByChild.get(contact.personId) ?? [];
      contacts.push({ entry, contact, canSpeak });
      contactsByChild.set(contact.personId, contacts);
      const gaps = structuredGaps(contact, canSpeak);
      if (gaps.length > 0)
        add(contact.personId, { entry, match: structuredMatch(entry, gaps.join(', ')), what: gaps.join(', ') });
    }
    const cues = readEntry(entry, reading).cues(reading.childNotHeard);
    // Most entries have none of these words: nothing is allocated for them.
    if (cues.length === 0) continue;
    // A function of its own, called for the entries with such words: compiled with the loop, its
    // closures and copies made the loop's compiled code large and thrown away twice a run.
    for (const [childId, gap] of narrativeGaps(entry, cues, aloneWords, input, thresholds)) add(childId, gap);
  }
  return { gapsByChild, contactsByChild };
}

/** The gaps an entry's words record, by child: the cues about each child not heard. */
function narrativeGaps(
  entry: InsightEntry,
  cues: readonly Cue[],
  aloneWords: readonly string[],
  input: InsightInput,
  thresholds: InsightThresholds,
): Map<string, Gap> {
  const byChild = new Map<string, Cue[]>();
  for (const cue of cues) {
    for (const childId of childrenIn(cue.sentence, input.people, thresholds)) {
      // The child's own words recorded at the contact ("Child K told officers…") mean she was heard,
      // unless the cue is about being heard alone ("not spoken to alone").
      if (!aboutAlone(cue.sentence, aloneWords) && childHeard(entry, childId, input.people, thresholds)) continue;
      byChild.set(childId, [...(byChild.get(childId) ?? []), cue]);
    }
  }
  const gaps = new Map<string, Gap>();
  for (const [childId, childCues] of byChild) {
    gaps.set(childId, {
      entry,
      match: matchOf(entry, childCues, reportedNotes(entry, childCues, input.people, thresholds)),
      what: [...new Set(childCues.map((cue) => cue.words))].join(', '),
    });
  }
  return gaps;
}

export function childSeen(input: InsightInput, thresholds: InsightThresholds): InsightPattern[] {
  const settings = thresholds.rules[RULE_ID];
  if (!settings.enabled) return [];
  const index = personIndex(input.people);
  const { gapsByChild, contactsByChild } = gapsOf(input, thresholds);

  // Children whose gaps rest on the same entries share one pattern.
  const groups = new Map<string, { children: string[]; gaps: Gap[] }>();
  for (const childId of [...new Set([...gapsByChild.keys(), ...contactsByChild.keys()])].sort()) {
    const gaps = gapsByChild.get(childId) ?? [];
    const contacts = contactsByChild.get(childId) ?? [];
    const canSpeak = contacts.filter((c) => c.canSpeak);
    const views = canSpeak.filter((c) => c.contact.viewsRecorded === true).length;
    const lowViews =
      canSpeak.length >= settings.minContacts && views / canSpeak.length < settings.minViewsRecordedShare;
    if (gaps.length < settings.minContacts && !lowViews) continue;
    const key = gaps.map((gap) => gap.entry.id).join(',') + (lowViews ? `|views:${childId}` : '');
    const group = groups.get(key) ?? { children: [], gaps };
    group.children.push(childId);
    groups.set(key, group);
  }

  const patterns: InsightPattern[] = [];
  for (const group of groups.values()) {
    const names = group.children.map((id) => personLabel(index, id));
    const gapEntries = sortEntries(group.gaps.map((gap) => gap.entry));
    // The explanation as pieces joined once (it can quote thousands of contacts; see `joinPieces`).
    const pieces = [
      `At ${plural(group.gaps.length, 'contact')} recorded by ${listText(distinctAgencies(gapEntries))}, the record says ${listText(names)} ${names.length === 1 ? 'was' : 'were'} present but not seen, not seen alone or not heard: `,
    ];
    group.gaps.forEach((gap, at) => pieces.push(`${at === 0 ? '' : '; '}${citeList([gap.entry], 1)} — "${gap.what}"`));
    pieces.push('.');
    for (const childId of group.children) {
      const young = (contactsByChild.get(childId) ?? []).filter((c) => !c.canSpeak).length;
      if (young > 0) {
        pieces.push(
          ` ${plural(young, 'contact')} when ${personLabel(index, childId)} was younger than ${settings.minAgeYears} ${young === 1 ? 'is' : 'are'} not counted for being seen alone, spoken to or for views.`,
        );
      }
    }
    const structured = group.children.flatMap((id) => (contactsByChild.get(id) ?? []).filter((c) => c.canSpeak));
    if (structured.length > 0) {
      const views = structured.filter((c) => c.contact.viewsRecorded === true).length;
      pieces.push(
        ` Where the child-contact record is filled in, the child's views were recorded at ${views} of ${structured.length} contacts (${percent(views, structured.length)}).`,
      );
    }
    const withoutViews = structured.filter((c) => c.contact.viewsRecorded !== true).map((c) => c.entry);
    patterns.push(
      makePattern({
        ruleId: RULE_ID,
        key: group.children.join('+'),
        title: `${ruleTitle(RULE_ID)}: ${listText(names)}`,
        explanation: joinPieces(pieces),
        severity:
          group.gaps.some((gap) => /not seen(?! alone)/i.test(gap.what)) || group.gaps.length >= 3 ? 'high' : 'medium',
        salience: 30 + group.gaps.length * 8,
        evidence: [...gapEntries, ...withoutViews],
        matches: group.gaps.map((gap) => gap.match),
      }),
    );
  }
  return patterns;
}
