/**
 * Recognising a kind of entry (closure, decision, non-engagement, separation…) by its structured
 * fields or by words the record affirms. Returns the match that explains it, or null.
 */
import type { EntryMatcher, InsightThresholds } from '@shared/domain/insight';
import type { InsightEntry } from '../input';
import { matchEntry } from '../match';
import { readEntry, type Cue, type EntryReading } from './read-entry';
import { readingOf } from './vocabulary';

export interface KindMatch {
  /** Affirmed cues; empty when an event type or tag matched. */
  readonly cues: readonly Cue[];
  /** Set when an event type or tag matched. */
  readonly structured: string | null;
}

const NO_KEYWORDS: string[] = [];
const structuredOnly = new WeakMap<EntryMatcher, EntryMatcher>();

/** The matcher without its keywords (they are read with negation instead), one per matcher. */
export function structuredPart(matcher: EntryMatcher): EntryMatcher {
  const cached = structuredOnly.get(matcher);
  if (cached !== undefined) return cached;
  const found: EntryMatcher = { eventTypes: matcher.eventTypes, tags: matcher.tags, keywords: NO_KEYWORDS };
  structuredOnly.set(matcher, found);
  return found;
}

/**
 * `notWhen`: words that make a sentence's cue not count ("NFA - insufficient evidence" is no
 * closure). A parameter rather than an options object: rules ask this of every entry, and an
 * object made at each call (or an empty one by default) was an allocation per call and two shapes
 * the compiled code had to tell apart.
 */
export function matchKind(
  entry: InsightEntry,
  matcher: EntryMatcher,
  thresholds: InsightThresholds,
  notWhen: readonly string[] | null = null,
): KindMatch | null {
  const reading = readEntry(entry, readingOf(thresholds));
  // The words are read once per text; only an entry with an event type or tags needs its own answer.
  const held = reading.recall<KindMatch | null>(matcher, notWhen);
  const byWords =
    held !== undefined ? held : reading.remember(matcher, notWhen, () => readWords(reading, matcher, notWhen));
  if (entry.eventType === null && entry.tags.length === 0) return byWords;
  const structured = matchEntry(entry, structuredPart(matcher));
  if (structured === null) return byWords;
  return { cues: byWords?.cues ?? NO_CUES, structured: `${structured.via} "${structured.value}"` };
}

const NO_CUES: readonly Cue[] = [];

function readWords(reading: EntryReading, matcher: EntryMatcher, notWhen: readonly string[] | null): KindMatch | null {
  let cues = reading.cues(matcher.keywords);
  if (notWhen !== null && notWhen.length > 0)
    cues = cues.filter((cue) => !reading.sentenceHas(cue.sentenceIndex, notWhen));
  return cues.length === 0 ? null : { cues, structured: null };
}
