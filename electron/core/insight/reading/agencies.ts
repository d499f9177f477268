/**
 * How one agency's records show it knew of another's: agencies write "PPN received from police",
 * "letter to GP", "MARAC referral from IDVA". An agency B is taken to have known of agency A's
 * entry X by a date D when B recorded, between X and D, an entry naming A by one of A's aliases
 * (from the data file, matched to A's name) — as well as when the chronology's "shared with"
 * says so.
 */
import type { InsightThresholds, ReadingVocabulary } from '@shared/domain/insight';
import type { InsightEntry } from '../input';
import { fold } from '../match';
import { readEntry, type EntryReading } from './read-entry';
import { readingOf } from './vocabulary';

const aliasCache = new WeakMap<ReadingVocabulary, Map<string, readonly string[]>>();

/** The words other agencies use for `agency`: its own name and the aliases of every group its name matches. */
export function aliasesFor(agency: string, reading: ReadingVocabulary): readonly string[] {
  let byAgency = aliasCache.get(reading);
  if (byAgency === undefined) {
    byAgency = new Map();
    aliasCache.set(reading, byAgency);
  }
  const key = fold(agency);
  let aliases = byAgency.get(key);
  if (aliases === undefined) {
    const found = new Set<string>([agency]);
    for (const group of reading.agencyAliases) {
      if (group.agencyWords.some((word) => key.includes(fold(word))))
        for (const alias of group.aliases) found.add(alias);
    }
    aliases = [...found];
    byAgency.set(key, aliases);
  }
  return aliases;
}

/** Remembers, with the reading of a text, whether it names an agency (by the agency's aliases). */
const MENTIONS = {};

export function mentionsAgency(entry: InsightEntry, agency: string, thresholds: InsightThresholds): boolean {
  const reading = readingOf(thresholds);
  const read = readEntry(entry, reading);
  const aliases = aliasesFor(agency, reading);
  // Asked of each entry for every other agency, and again on each run: the answer depends on the words alone.
  const held = read.recall<boolean>(aliases, MENTIONS);
  return held ?? read.remember(aliases, MENTIONS, () => namesAgency(read, aliases));
}

function namesAgency(read: EntryReading, aliases: readonly string[]): boolean {
  const text = read.text;
  // Short aliases such as "PC", "HV" or "SW" must be written in capitals to count.
  return read.find(aliases).some((hit) => {
    const written = text.slice(hit.start, hit.end);
    return hit.phrase.length > 3 || written === written.toUpperCase();
  });
}

/** Whether the entry records telling `agency`: a sentence naming it with a word such as "informed" or "letter to". */
export function recordsTelling(entry: InsightEntry, agency: string, thresholds: InsightThresholds): boolean {
  const reading = readingOf(thresholds);
  const read = readEntry(entry, reading);
  const aliases = aliasesFor(agency, reading);
  // Asked for each closure near this one and each agency: the answer depends on the words alone.
  const held = read.recall<boolean>(aliases, reading.toldWords);
  return held ?? read.remember(aliases, reading.toldWords, () => readsTelling(read, aliases, reading));
}

function readsTelling(read: EntryReading, aliases: readonly string[], reading: ReadingVocabulary): boolean {
  return read.find(aliases).some((hit) => {
    const written = read.text.slice(hit.start, hit.end);
    if (hit.phrase.length <= 3 && written !== written.toUpperCase()) return false;
    // The sentence holding the whole hit (a hit running over a sentence break is in none).
    const sentence = read.sentenceAt(hit.start);
    const within =
      sentence < read.sentenceCount &&
      read.sentenceStart(sentence) <= hit.start &&
      hit.end <= read.sentenceEnd(sentence);
    return within && read.sentenceHas(sentence, reading.toldWords);
  });
}
