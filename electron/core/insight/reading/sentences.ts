/**
 * Sentence boundaries in agency narratives. Agencies write in fragments ("DNA x2. Letter sent;
 * HV to follow up"), so a full stop, question or exclamation mark followed by a space, a
 * semicolon, or a line break ends a sentence, except after a known short form ("Mr.", "approx.")
 * or a single initial ("N. was seen"). Negation and cue attribution then never reach across
 * sentences. This runs on every entry, so it is a single pass over the text; the language
 * library reads only the sentences that need it (see `negation.ts`).
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Whitespace as `\s` reads it; ASCII is answered without a regular expression. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}
const SPACE = /\s/;

/** A character of a word before a full stop (letters, digits, ".", apostrophes, "&"). */
function isWordPart(code: number): boolean {
  if (code < 128)
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57) ||
      code === 46 ||
      code === 39 ||
      code === 38
    );
  return code === 0x2019 || WORD_PART.test(String.fromCharCode(code));
}
const WORD_PART = /[\p{L}\p{N}]/u;
const INITIAL = /^\p{Lu}\.$/u;

const longest = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest listed short form (an initial, "N.", is two). */
function longestShortForm(abbreviations: ReadonlySet<string>): number {
  let found = longest.get(abbreviations);
  if (found === undefined) {
    found = 2;
    for (const word of abbreviations) found = Math.max(found, word.length);
    longest.set(abbreviations, found);
  }
  return found;
}

/** Adds the span from `start` to `end` without its surrounding whitespace, unless nothing is left. */
function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s += 1;
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) spans.push({ start: s, end: e });
}

export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const maxShortForm = longestShortForm(abbreviations);
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    // "\n" and ";" end a sentence; ".", "!" and "?" do when followed by a space, tab, line break, quote or the end.
    if (ch === 10 || ch === 59) {
      pushTrimmed(spans, text, start, ch === 59 ? i + 1 : i);
      start = i + 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    if (i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next !== 32 && next !== 9 && next !== 10 && next !== 34 && next !== 39) continue;
    }
    if (ch === 46) {
      let w = i - 1;
      while (w >= 0 && isWordPart(text.charCodeAt(w))) w -= 1;
      // "N." (an initial) and listed short forms do not end a sentence. Most words are neither:
      // only a word short enough to be listed, or of one letter, is cut out and looked up.
      const length = i - w;
      if (length <= maxShortForm) {
        const word = text.slice(w + 1, i + 1);
        if (INITIAL.test(word) || abbreviations.has(word.toLowerCase())) continue;
      }
    }
    pushTrimmed(spans, text, start, i + 1);
    start = i + 1;
  }
  pushTrimmed(spans, text, start, text.length);
  // Kept with the reading of the text: copied to its own length (a list grown by `push` holds room for more).
  return spans.slice();
}
