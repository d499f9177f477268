/**
 * Compiles every word list a run will look for before any text is read: each text is then scanned
 * once for the first words of all of them (see `phrases.ts`), instead of once more each time a rule
 * brings a list with a word not seen before.
 */
import type { InsightThresholds } from '@shared/domain/insight';
import type { InsightInput } from '../input';
import { aliasesFor } from './agencies';
import { nameWords } from './mentions';
import { prepareList } from './phrases';
import { readingOf } from './vocabulary';

const prepared = new WeakSet<object>();

function isWordList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');
}

/** Every list of words anywhere in the thresholds (rules, vocabulary, reading). */
function prepareAll(value: unknown): void {
  if (value === null || typeof value !== 'object' || prepared.has(value)) return;
  prepared.add(value);
  if (isWordList(value)) {
    prepareList(value);
    return;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) prepareAll(item);
}

export function prepareWordLists(input: InsightInput, thresholds: InsightThresholds): void {
  prepareAll(thresholds);
  prepareList(nameWords(input.people));
  const reading = readingOf(thresholds);
  const agencies = new Set<string>();
  for (const entry of input.entries) if (entry.agency !== null) agencies.add(entry.agency);
  for (const agency of agencies) prepareList(aliasesFor(agency, reading));
}
