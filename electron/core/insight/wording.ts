/**
 * The phrases the rules' explanations are made of. Explanations quote entries (date as given,
 * agency, summary) rather than paraphrase them, so a pattern never says more than the records do.
 */
import type { InsightEntry, InsightPerson } from './input';
import type { Cue } from './reading/read-entry';

/** "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One text from its pieces, copied once. An explanation can quote thousands of entries (megabytes
 * of text): joining each list, then the sentences, then the findings of a group copies it each time.
 */
export function joinPieces(pieces: readonly string[]): string {
  return pieces.join('');
}

/** The distinct words the cues matched, each quoted, in the order found: `"pushed", "shouting"`. */
export function quotedWords(cues: readonly Cue[]): string {
  return `"${[...new Set(cues.map((cue) => cue.words))].join('", "')}"`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function agencyName(entry: InsightEntry): string {
  return entry.agency ?? 'an unnamed agency';
}

/** `on 3 Feb 2021 (Westmoor Police: "Police called to…")` — the entry as the source gave it. */
export function cite(entry: InsightEntry): string {
  const summary = entry.summary.trim() === '' ? '' : `: "${entry.summary.trim()}"`;
  return `${entry.date.text.trim() === '' ? 'undated' : entry.date.text.trim()} (${agencyName(entry)}${summary})`;
}

/**
 * Cites up to `max` entries, then says how many more there are: the evidence list under the
 * pattern shows them all, so the explanation stays readable.
 */
export function citeList(entries: readonly InsightEntry[], max = 5): string {
  const shown = entries.slice(0, max).map(cite).join('; ');
  const more = entries.length - max;
  return more > 0 ? `${shown}; and ${more} more (see the evidence)` : shown;
}

export function distinctAgencies(entries: readonly InsightEntry[]): string[] {
  return [...new Set(entries.map((entry) => entry.agency).filter((a): a is string => a !== null))].sort();
}

export function personLabel(index: ReadonlyMap<string, InsightPerson>, personId: string): string {
  return index.get(personId)?.label ?? 'an unnamed person';
}
