/**
 * Which terms could match a text, found with one scan of the text for a word of each term instead
 * of one regular-expression pass per term. A publication export runs every cell of a 20,000-row
 * chronology through the matcher; with a family of ten people the register holds fifty or more
 * name forms, and almost every cell names none of them.
 *
 * Every match of a name term holds each word of the name as written (folded): "kerry ashdown"
 * cannot match a text without "ashdown", nor the plural "pikes?" one without "pike". So each term
 * carries one such word (its longest, the rarest in practice), and a text is tried against a term
 * only when the folded text contains that word. A term with no such word (a date of birth, which
 * may be written many ways, or an NHS number with any spacing) is tried on every text. The terms
 * tried are a superset of those that match, so the results are the same as trying them all.
 */
import { escapeRegExp } from './fold';

export interface TermIndex {
  /** For each term, in order, whether it could match the folded text. */
  candidates(folded: string): readonly boolean[];
}

/** `literals[i]`: text every match of term i holds, or null when there is none to look for. */
export function buildTermIndex(literals: readonly (string | null)[]): TermIndex {
  // Each distinct literal is looked for once per text, however many terms share it.
  const distinct = [...new Set(literals.filter((literal): literal is string => literal !== null && literal !== ''))];
  const always: readonly boolean[] = literals.map((literal) => literal === null || literal === '');
  if (distinct.length === 0) return { candidates: () => always };
  // One scan of the text for all the literals, rather than one substring search per literal (a
  // publication export runs this over every cell; at 20,000 rows of long narratives the separate
  // searches were the anonymiser's largest cost). Longest first, so that at each position the
  // longest literal there matches; the literals that are prefixes of it start there too.
  const longestFirst = [...distinct].sort((a, b) => b.length - a.length);
  const scan = new RegExp(longestFirst.map(escapeRegExp).join('|'), 'g');
  const termsStartingWith = new Map(
    longestFirst.map((literal) => [
      literal,
      literals.flatMap((other, index) => (other !== null && other !== '' && literal.startsWith(other) ? [index] : [])),
    ]),
  );
  return {
    candidates(folded) {
      scan.lastIndex = 0;
      let found = scan.exec(folded);
      if (found === null) return always;
      const flags = [...always];
      while (found !== null) {
        for (const index of termsStartingWith.get(found[0])!) flags[index] = true;
        // The next search starts one past this match's start, not its end: another literal may
        // start inside this one ("19" in "194" hides "94").
        scan.lastIndex = found.index + 1;
        found = scan.exec(folded);
      }
      return flags;
    },
  };
}

/** The longest of a folded phrase's words: text every match of the phrase's pattern holds. */
export function longestWord(words: readonly string[]): string | null {
  let longest: string | null = null;
  for (const word of words) if (longest === null || word.length > longest.length) longest = word;
  return longest;
}
