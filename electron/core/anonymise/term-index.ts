/**
 * Which terms could match a text, found with a quick substring search per distinct word instead of
 * one regular-expression pass per term. A publication export runs every cell of a 20,000-row
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

export interface TermIndex {
  /** For each term, in order, whether it could match the folded text. */
  candidates(folded: string): readonly boolean[];
}

/** `literals[i]`: text every match of term i holds, or null when there is none to look for. */
export function buildTermIndex(literals: readonly (string | null)[]): TermIndex {
  // Each distinct literal is looked for once per text, however many terms share it.
  const distinct = [...new Set(literals.filter((literal): literal is string => literal !== null && literal !== ''))];
  const termsOf = distinct.map((literal) => literals.flatMap((other, index) => (other === literal ? [index] : [])));
  const always = literals.map((literal) => literal === null || literal === '');
  return {
    candidates(folded) {
      const flags = [...always];
      distinct.forEach((literal, n) => {
        if (folded.includes(literal)) for (const index of termsOf[n]!) flags[index] = true;
      });
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
