import { HIGHLIGHT_END, HIGHLIGHT_START } from '@shared/domain/chronology';

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * Splits text marked by the search API (`\u0001match\u0002`) into plain and matching parts, so
 * the UI can wrap matches in <mark>. Unbalanced marks are tolerated: text after a start mark
 * with no end is a match to the end of the string.
 */
export function splitHighlights(marked: string): TextPart[] {
  const parts: TextPart[] = [];
  let match = false;
  let current = '';
  const flush = (): void => {
    if (current !== '') parts.push({ text: current, match });
    current = '';
  };
  for (const ch of marked) {
    if (ch === HIGHLIGHT_START) {
      flush();
      match = true;
    } else if (ch === HIGHLIGHT_END) {
      flush();
      match = false;
    } else {
      current += ch;
    }
  }
  flush();
  return parts;
}

/** The text with marks removed (what the field really holds). */
export function stripHighlights(marked: string): string {
  return marked.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
}
