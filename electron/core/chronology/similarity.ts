/**
 * Word-overlap similarity for duplicate detection (Dice coefficient over content words).
 * Agencies describe the same event in different words ("Police notified CSC of DA incident" /
 * "Notification received from police: domestic incident"), so this is deliberately simple
 * and forgiving; it only ever proposes pairs for a reviewer to decide on.
 */
const STOP_WORDS = new Set(
  'the and for with was were has had have from that this not but are his her she him they them their there then than into onto about after before been being which who whom what when where while also via per'.split(
    ' ',
  ),
);

/** The stem of a word that counts as content, or null for short words and stop words. */
export function contentStem(raw: string): string | null {
  return raw.length < 3 || STOP_WORDS.has(raw) ? null : stem(raw);
}

/** Calls `visit` with each word of `text`, lower-cased (letters and digits; anything else separates words). */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const lower = text.toLowerCase();
  if (isAscii(lower)) {
    // Most case notes are plain ASCII: split on anything but a-z and 0-9 without a Unicode regex.
    let start = -1;
    for (let i = 0; i <= lower.length; i += 1) {
      const code = i < lower.length ? lower.charCodeAt(i) : 0;
      const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (wordChar && start === -1) start = i;
      else if (!wordChar && start !== -1) {
        visit(lower.slice(start, i));
        start = -1;
      }
    }
    return;
  }
  for (const raw of lower.match(/[\p{L}\p{N}]+/gu) ?? []) visit(raw);
}

/** The distinct stemmed content words of a text. `stems` caches stemming across calls (case notes repeat their words). */
export function contentWords(text: string, stems?: Map<string, string>): Set<string> {
  const words = new Set<string>();
  forEachWord(text, (raw) => {
    if (raw.length < 3 || STOP_WORDS.has(raw)) return;
    if (stems === undefined) {
      words.add(stem(raw));
      return;
    }
    let stemmed = stems.get(raw);
    if (stemmed === undefined) {
      stemmed = stem(raw);
      stems.set(raw, stemmed);
    }
    words.add(stemmed);
  });
  return words;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** A crude English stem so "notified"/"notification"/"notifies" meet. */
function stem(word: string): string {
  for (const suffix of ['ation', 'ing', 'ied', 'ies', 'ed', 'es', 's', 'y']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}
