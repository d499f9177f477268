import { BOILERPLATE_SHARE, PRIOR_DOCUMENTS } from './duplicate-rules';
import { contentStem } from './similarity';
import { WordInterner } from './word-interner';

/**
 * The words of a set of entries weighted by how rare each is among them (inverse document
 * frequency). Agency records repeat template sentences ("Home visit. Child R seen. No concerns
 * raised."), and the family's names appear everywhere: two entries sharing such words says nothing
 * about whether they record one event, while sharing "strangulation", "MARAC" or "Heron Way" does.
 *
 * A word's weight is ln((N + P) / (df + 1)) − ln(1 / BOILERPLATE_SHARE), floored at zero: N entries,
 * df of them containing the word, P imagined entries without it (so a handful of entries still
 * weighs words sensibly). A word in more than about BOILERPLATE_SHARE of the entries weighs nothing.
 */
export interface WeightedText {
  /** Term numbers of the words that carry weight, ascending. */
  readonly terms: Int32Array;
  /** Weight of each term, aligned with `terms`. */
  readonly weights: Float64Array;
  /** Sum of `weights`. */
  readonly total: number;
}

export interface TermModel {
  readonly texts: readonly WeightedText[];
  /** A readable form of a term (the first spelling seen), for the reason shown to the reviewer. */
  readonly spelling: (term: number) => string;
}

const NOT_SEEN = -2;

const EMPTY: WeightedText = { terms: new Int32Array(0), weights: new Float64Array(0), total: 0 };

/** Each text is one string or its parts, read as if joined by a space. */
export function buildTermModel(texts: readonly (string | readonly string[])[]): TermModel {
  const words = new WordInterner();
  // Per word number, its term (-1: not a content word; -2: not yet looked at): each distinct
  // spelling is stemmed once.
  let termOfWord = new Int32Array(1024).fill(NOT_SEEN);
  const termOfStem = new Map<string, number>();
  const spellings: string[] = [];
  const documentFrequency: number[] = [];
  /** Per term, the last text it was counted in, so a text counts each term once. */
  const lastText: number[] = [];
  const raw: Int32Array[] = [];
  const terms: number[] = [];
  let current = 0;
  const visit = (id: number): void => {
    if (id >= termOfWord.length) {
      const grown = new Int32Array(termOfWord.length * 2).fill(NOT_SEEN);
      grown.set(termOfWord);
      termOfWord = grown;
    }
    let term = termOfWord[id]!;
    if (term === NOT_SEEN) {
      const word = words.word(id);
      const stemmed = contentStem(word);
      if (stemmed === null) term = -1;
      else {
        term = termOfStem.get(stemmed) ?? -1;
        if (term === -1) {
          term = spellings.length;
          termOfStem.set(stemmed, term);
          spellings.push(word);
          documentFrequency.push(0);
          lastText.push(-1);
        }
      }
      termOfWord[id] = term;
    }
    if (term < 0 || lastText[term] === current) return;
    lastText[term] = current;
    documentFrequency[term]! += 1;
    terms.push(term);
  };
  for (; current < texts.length; current += 1) {
    terms.length = 0;
    const text = texts[current]!;
    if (typeof text === 'string') words.forEachWordId(text, visit);
    else for (const part of text) words.forEachWordId(part, visit);
    raw.push(Int32Array.from(terms).sort());
  }
  const floor = Math.log(1 / BOILERPLATE_SHARE);
  const n = texts.length + PRIOR_DOCUMENTS;
  const weightOf = Float64Array.from(documentFrequency, (df) => Math.max(0, Math.log(n / (df + 1)) - floor));
  const weighted = raw.map((terms): WeightedText => {
    let kept = 0;
    for (const term of terms) if (weightOf[term]! > 0) kept += 1;
    if (kept === 0) return EMPTY;
    const keptTerms = new Int32Array(kept);
    const weights = new Float64Array(kept);
    let total = 0;
    let j = 0;
    for (const term of terms) {
      const weight = weightOf[term]!;
      if (weight <= 0) continue;
      keptTerms[j] = term;
      weights[j] = weight;
      total += weight;
      j += 1;
    }
    return { terms: keptTerms, weights, total };
  });
  return { texts: weighted, spelling: (term) => spellings[term] ?? '' };
}

export interface Overlap {
  /** Weighted Dice coefficient: twice the weight in common over both texts' weight, 0–1. */
  readonly score: number;
  /** How many distinctive words the texts have in common. */
  readonly sharedWords: number;
}

/**
 * The overlap of two weighted texts, or null as soon as the weight left can no longer reach
 * `minScore` (most pairs in a sweep are unrelated and stop after a few steps).
 */
export function overlapAtLeast(a: WeightedText, b: WeightedText, minScore: number): Overlap | null {
  if (a.total === 0 || b.total === 0) return null;
  const needed = (minScore * (a.total + b.total)) / 2;
  let restA = a.total;
  let restB = b.total;
  let shared = 0;
  let sharedWords = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (shared + Math.min(restA, restB) < needed) return null;
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) {
      shared += a.weights[i]!;
      sharedWords += 1;
      restA -= a.weights[i]!;
      restB -= b.weights[j]!;
      i += 1;
      j += 1;
    } else if (ta < tb) {
      restA -= a.weights[i]!;
      i += 1;
    } else {
      restB -= b.weights[j]!;
      j += 1;
    }
  }
  const score = (2 * shared) / (a.total + b.total);
  return score >= minScore ? { score, sharedWords } : null;
}

/** The heaviest terms two texts share, heaviest first. */
export function sharedTerms(a: WeightedText, b: WeightedText, limit: number): number[] {
  const shared: { term: number; weight: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) {
      shared.push({ term: a.terms[i]!, weight: a.weights[i]! });
      i += 1;
      j += 1;
    } else if (a.terms[i]! < b.terms[j]!) i += 1;
    else j += 1;
  }
  return shared
    .sort((x, y) => y.weight - x.weight || x.term - y.term)
    .slice(0, limit)
    .map((s) => s.term);
}
