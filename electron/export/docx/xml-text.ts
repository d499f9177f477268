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

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for element content and attribute values (after stripping illegal characters). */
export function escapeXml(text: string): string {
  // Most chronology cells need nothing done: one test instead of two replaces per cell.
  if (!NEEDS_WORK.test(text)) return text;
  return stripIllegalXmlChars(text).replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}
