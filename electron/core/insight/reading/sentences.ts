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

export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s += 1;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (ch === '\n' || ch === ';') {
      push(ch === ';' ? i + 1 : i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && next !== ' ' && next !== '\t' && next !== '\n' && next !== '"' && next !== "'") continue;
    if (ch === '.') {
      let w = i - 1;
      while (w >= 0 && /[\p{L}\p{N}.'’&]/u.test(text[w]!)) w -= 1;
      const word = text.slice(w + 1, i + 1);
      // "N." (an initial) and listed short forms do not end a sentence.
      if (/^\p{Lu}\.$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
    }
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return spans;
}
