import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../shared/domain/chronology';

/**
 * Marks search matches in text the way the FTS5 index matched them (unicode61 with diacritics
 * removed, case-folded; words are prefixes, quoted phrases whole words). Done here rather than
 * with FTS5's highlight()/snippet(), which re-expand a prefix query's doclists for every call
 * (about 25 ms per page for a common prefix on 20,000 entries); the rows are already loaded.
 */
export interface SearchTerms {
  readonly prefixes: readonly string[];
  readonly words: ReadonlySet<string>;
}

export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function searchTerms(text: string): SearchTerms {
  const words = new Set<string>();
  const outside = text.replace(/"([^"]*)"/g, (_match, phrase: string) => {
    for (const word of phrase.match(/[\p{L}\p{N}]+/gu) ?? []) words.add(foldWord(word));
    return ' ';
  });
  return { prefixes: (outside.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord), words };
}

function matches(word: string, terms: SearchTerms): boolean {
  const folded = foldWord(word);
  return terms.words.has(folded) || terms.prefixes.some((prefix) => folded.startsWith(prefix));
}

/** The whole text with every matching word wrapped in HIGHLIGHT_START/END. */
export function highlightText(text: string, terms: SearchTerms): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) =>
    matches(word, terms) ? `${HIGHLIGHT_START}${word}${HIGHLIGHT_END}` : word,
  );
}

export function hasMatch(text: string, terms: SearchTerms): boolean {
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) if (matches(word, terms)) return true;
  return false;
}

/** About `words` words around the first match in the first text that has one, with ellipses. */
export function snippetOf(texts: readonly string[], terms: SearchTerms, words = 16): string {
  for (const text of texts) {
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    const first = tokens.findIndex((t) => matches(t[0], terms));
    if (first < 0) continue;
    const start = Math.max(0, first - Math.floor(words / 3));
    const end = Math.min(tokens.length, start + words);
    const from = tokens[start]!.index!;
    const to = end >= tokens.length ? text.length : tokens[end - 1]!.index! + tokens[end - 1]![0].length;
    return `${start > 0 ? '…' : ''}${highlightText(text.slice(from, to), terms)}${end < tokens.length ? '…' : ''}`;
  }
  return '';
}
