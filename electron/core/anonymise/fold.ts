/**
 * Folding text for matching: lower case, accents removed (Zoë = Zoe), typographic apostrophes
 * and spaces made plain. Matching runs on the folded text; the index map carries each match
 * back to the original characters, so replacements keep everything around them intact.
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const specialLetters: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

const apostrophes = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/u;
const spaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/u;
const hyphens = /[\u2010\u2011]/u;

/** Folds one character (a code point) to zero or more plain characters. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path: plain ASCII needs no normalisation (most of every chronology is ASCII).
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const special = specialLetters[ch];
  if (special !== undefined) return special;
  if (apostrophes.test(ch)) return "'";
  if (spaces.test(ch)) return ' ';
  if (hyphens.test(ch)) return '-';
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  /**
   * For each folded index, the original index where its character starts (and just past it).
   * Null when folding kept every index in place (plain ASCII): no arrays to build.
   */
  readonly starts: readonly number[] | null;
  readonly ends: readonly number[] | null;
}

/** Any UTF-16 code unit above 127 (a surrogate too). */
const NON_ASCII = /[^\0-\x7F]/;

/**
 * The regular-expression engine scans for the class in native code: several times faster than a
 * loop over `charCodeAt`, which an export runs over every cell of the appendix.
 */
function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

export function foldWithMap(original: string): FoldedText {
  // Fast path: ASCII text folds one-to-one, so the map is the identity.
  if (isAscii(original)) return { original, folded: original.toLowerCase(), starts: null, ends: null };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const ch of original) {
    const piece = foldChar(ch);
    for (let k = 0; k < piece.length; k++) {
      starts.push(index);
      ends.push(index + ch.length);
    }
    folded += piece;
    index += ch.length;
  }
  return { original, folded, starts, ends };
}

/** Maps a folded range [start, end) to the original range; end is exclusive. */
export function toOriginalRange(f: FoldedText, start: number, end: number): { start: number; end: number } {
  if (f.starts === null || f.ends === null) return { start, end };
  if (end <= start) {
    const at = start < f.starts.length ? f.starts[start]! : f.original.length;
    return { start: at, end: at };
  }
  return { start: f.starts[start]!, end: f.ends[end - 1]! };
}

/**
 * Text as a literal in a pattern compiled with the `u` flag. A hyphen cannot be written `\-`
 * there (a "Kerry-Ann" in the register made every publication export fail), so it is written by
 * its code, which reads as a hyphen inside and outside a character class.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/-/g, '\\x2d');
}
