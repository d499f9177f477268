/**
 * One table of the report's chronology appendix as a single string, for tests that read its XML.
 * The export itself streams the table into UTF-8 buffers (`writeChronologyTable` into `Utf8Chunks`).
 */
import { writeChronologyTable, type ChronologyChunk } from '@export/docx/chronology-xml';
import type { StyleSettings } from '@export/report/model';

export function chronologyTableXml(
  chunk: ChronologyChunk,
  style: StyleSettings,
  caption: string,
  bookmarkId: { next: number },
): string {
  const parts: string[] = [];
  writeChronologyTable({ add: (xml) => parts.push(xml) }, chunk, style, caption, bookmarkId);
  return parts.join('');
}
