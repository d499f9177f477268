/**
 * Text hygiene for OOXML. Text imported from agency spreadsheets can hold C0 control characters;
 * XML 1.0 forbids them, and Word then reports the whole file as corrupt. Tab and newline are kept
 * (callers turn them into w:tab / w:br), everything else in U+0000–U+001F goes, and so do lone
 * surrogates and U+FFFE/U+FFFF.
 */
const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Characters that may be illegal (a surrogate is, when it stands alone). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Whether text needs anything done. Most chronology cells need nothing, so this is asked of every
 * character of the appendix (60 MB at 20,000 rows of long narratives). One class with the markup
 * characters in it took V8 three to four times as long on Latin-1 text as the control characters'
 * class and four substring searches (which run in native code), and no less on other text.
 */
function needsWork(text: string): boolean {
  return (
    MAYBE_ILLEGAL.test(text) || text.includes('&') || text.includes('<') || text.includes('>') || text.includes('"')
  );
}

/** Escapes text for element content and attribute values (after stripping illegal characters). */
export function escapeXml(text: string): string {
  if (!needsWork(text)) return text;
  return stripIllegalXmlChars(text).replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
