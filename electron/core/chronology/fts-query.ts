/**
 * Turns what a reviewer types into a safe FTS5 query. Raw FTS5 syntax (AND, NEAR, column
 * filters, unbalanced quotes) would either error or surprise, so we accept only words and
 * "quoted phrases": every word must appear (prefix match, so "refer" finds "referral"), and a
 * phrase must appear as written. Returns null when nothing searchable remains.
 */
export function toFtsQuery(text: string): string | null {
  const parts: string[] = [];
  const phrasePattern = /"([^"]*)"/g;
  const outside = text.replace(phrasePattern, (_match, phrase: string) => {
    const words = tokens(phrase);
    if (words.length > 0) parts.push(`"${words.join(' ')}"`);
    return ' ';
  });
  for (const word of tokens(outside)) parts.push(`"${word}"*`);
  return parts.length === 0 ? null : parts.join(' ');
}

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
