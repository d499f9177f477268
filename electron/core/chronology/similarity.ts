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

export function contentWords(text: string, stems?: Map<string, string>): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    if (stems === undefined) {
      words.add(stem(raw));
      continue;
    }
    let stemmed = stems.get(raw);
    if (stemmed === undefined) {
      stemmed = stem(raw);
      stems.set(raw, stemmed);
    }
    words.add(stemmed);
  }
  return words;
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
