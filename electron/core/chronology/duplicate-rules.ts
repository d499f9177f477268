/**
 * When two entries of different agencies are proposed as one event. Dates must overlap within a
 * few days (a receiving agency often records a notification a day or two later); entries vaguer
 * than a month are too broad to match one event. The wording is compared by its distinctive words
 * only (duplicate-terms.ts): the numbers below were calibrated on the fixture of known duplicates
 * and template contacts in test/fixtures/duplicates/ (see the duplicate-detection benchmark).
 */
export const DUPLICATE_DAY_WINDOW = 3;
export const MAX_SPAN_DAYS = 31;
/** Weighted Dice coefficient of the distinctive words at or above which a pair is proposed. */
export const DUPLICATE_THRESHOLD = 0.2;
/** And at least this many distinctive words in common: one shared rare word is a coincidence. */
export const MIN_SHARED_WORDS = 2;
/** A word in more than this share of the entries compared is boilerplate and weighs nothing. */
export const BOILERPLATE_SHARE = 0.05;
/** Imagined entries without any given word, so a review of a few entries still weighs words. */
export const PRIOR_DOCUMENTS = 100;
/** At most this many proposals per entry, the best first: a reviewer reads every one. */
export const MAX_CANDIDATES_PER_ENTRY = 3;

/** The tunable part of the rules, as one value (the benchmark sweeps thresholds to calibrate them). */
export interface DuplicateRules {
  readonly threshold: number;
  readonly minSharedWords: number;
  readonly maxPerEntry: number;
}

export const DUPLICATE_RULES: DuplicateRules = Object.freeze({
  threshold: DUPLICATE_THRESHOLD,
  minSharedWords: MIN_SHARED_WORDS,
  maxPerEntry: MAX_CANDIDATES_PER_ENTRY,
});
