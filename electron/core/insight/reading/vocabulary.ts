/** The reading vocabulary of a set of thresholds (a review's saved copy may predate it). */
import type { InsightThresholds, ReadingVocabulary } from '@shared/domain/insight';

const NONE: ReadingVocabulary = {
  negationWords: [],
  denialWords: [],
  scopeBreakers: [],
  reflexivePronouns: [],
  directedThreats: [],
  abbreviations: [],
  incident: { threshold: 1000, cues: [{ weight: 0, phrases: [] }] },
  partnerWords: [],
  childWords: [],
  childNotHeard: [],
  partnerPresent: [],
  closureNotWhen: [],
  toldWords: [],
  agencyAliases: [],
};

/** The thresholds' reading vocabulary; without one, free text is not read beyond the word lists. */
export function readingOf(thresholds: InsightThresholds): ReadingVocabulary {
  return thresholds.reading ?? NONE;
}
