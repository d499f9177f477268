/**
 * Most agency entries are words alone: no event type, tags, linked people or child-contact records.
 * What the rules read from such an entry depends on its words, the register and the thresholds
 * only, so it is kept with the reading of its text (shared by every entry with those words, and
 * kept for the next run) rather than worked out again for each entry object.
 */
import type { InsightThresholds } from '@shared/domain/insight';
import type { InsightEntry, InsightPerson } from '../input';
import { memorySlot, readEntry } from './read-entry';
import { readingOf } from './vocabulary';
import { perPair } from '../memo';

/** Whether nothing but the entry's words can change what is read from it. */
export function isWordsOnly(entry: InsightEntry): boolean {
  return (
    entry.eventType === null && entry.tags.length === 0 && entry.people.length === 0 && entry.children.length === 0
  );
}

const keys = new WeakMap<readonly InsightPerson[], WeakMap<InsightThresholds, object>>();
const newKey = (): object => ({});

/** One object per register and thresholds, to remember values under with the reading. */
function contextKey(people: readonly InsightPerson[], thresholds: InsightThresholds): object {
  return perPair(keys, people, thresholds, newKey);
}

/**
 * The slot readings keep `question`'s answers in, for a register and thresholds (see `memorySlot`),
 * found again only when those change: one review's run asks with the same two for every entry.
 */
export function contextSlots(
  question: object,
): (people: readonly InsightPerson[], thresholds: InsightThresholds) => number {
  let lastPeople: readonly InsightPerson[] | null = null;
  let lastThresholds: InsightThresholds | null = null;
  let lastSlot = -1;
  return (people, thresholds) => {
    if (people !== lastPeople || thresholds !== lastThresholds) {
      lastSlot = memorySlot(question, contextKey(people, thresholds));
      lastPeople = people;
      lastThresholds = thresholds;
    }
    return lastSlot;
  };
}

/** `compute(entry)` for a words-only entry, worked out once per text (`what` names the question). */
export function byWords<T>(
  what: object,
  entry: InsightEntry,
  people: readonly InsightPerson[],
  thresholds: InsightThresholds,
  compute: () => T,
): T {
  return readEntry(entry, readingOf(thresholds)).remember(what, contextKey(people, thresholds), compute);
}

function newEntryMap<T>(): WeakMap<InsightEntry, T> {
  return new WeakMap<InsightEntry, T>();
}

/**
 * A question rules ask about entries (is it an incident, whom does it name), answered once per
 * entry object, register and thresholds, and for a words-only entry once per text.
 */
export function perEntry<T>(
  answer: (entry: InsightEntry, people: readonly InsightPerson[], thresholds: InsightThresholds) => T,
): (entry: InsightEntry, people: readonly InsightPerson[], thresholds: InsightThresholds) => T {
  const answers = new WeakMap<InsightThresholds, WeakMap<readonly InsightPerson[], WeakMap<InsightEntry, T>>>();
  const slotFor = contextSlots({});
  return (entry, people, thresholds) => {
    // A words-only entry finds its answer with the reading of its text (which it finds by the entry,
    // one look-up): keeping it by entry too would add an entry to a weak map per entry and question,
    // which the garbage collector pays for on every pass while the first run reads.
    // What is held is looked up first, so that asking again makes no closure (hundreds of thousands a run).
    if (isWordsOnly(entry)) {
      const read = readEntry(entry, readingOf(thresholds));
      const slot = slotFor(people, thresholds);
      const held = read.recallAt<T>(slot);
      return held !== undefined ? held : read.rememberAt(slot, () => answer(entry, people, thresholds));
    }
    const byEntry = perPair(answers, thresholds, people, newEntryMap<T>);
    let found = byEntry.get(entry);
    if (found === undefined) {
      found = answer(entry, people, thresholds);
      byEntry.set(entry, found);
    }
    return found;
  };
}
