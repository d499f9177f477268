/**
 * Plain text or a small, common subset of Markdown → stored rich text, so a reviewer can write
 * a section in any editor and load it with `casewright section set … --text-file`. Supported:
 * paragraphs (blank-line separated), `#`–`###` headings, `-`/`*`/`1.` lists, `>` quotes,
 * `**bold**`, `*italic*`/`_italic_`. Anything else stays as the text it is.
 */
import {
  elementNode,
  LEXICAL_VERSION,
  paragraphNode,
  rootNode,
  TEXT_FORMAT,
  textNode,
  type RichText,
  type SerializedNodeBase,
} from './types';

/** Inline `**bold**` and `*italic*` / `_italic_` spans as text nodes with format flags. */
export function markdownInlines(line: string): SerializedNodeBase[] {
  const out: SerializedNodeBase[] = [];
  const pattern = /\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)_(?!\w)/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) out.push(textNode(line.slice(last, match.index), 0));
    if (match[1] !== undefined) out.push(textNode(match[1], TEXT_FORMAT.bold));
    else out.push(textNode(match[2] ?? match[3] ?? '', TEXT_FORMAT.italic));
    last = match.index + match[0].length;
  }
  if (last < line.length) out.push(textNode(line.slice(last), 0));
  return out;
}

type Block =
  | { kind: 'paragraph' | 'quote'; lines: string[] }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

function blocksOf(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const flush = (): void => {
    if (current !== null) blocks.push(current);
    current = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    if (heading !== null) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (bullet !== null || numbered !== null) {
      const ordered = numbered !== null && bullet === null;
      const item = (bullet ?? numbered)![1]!.trim();
      const open = current as Block | null;
      if (open?.kind === 'list' && open.ordered === ordered) open.items.push(item);
      else {
        flush();
        current = { kind: 'list', ordered, items: [item] };
      }
    } else if (quote !== null) {
      const open = current as Block | null;
      if (open?.kind === 'quote') open.lines.push(quote[1]!);
      else {
        flush();
        current = { kind: 'quote', lines: [quote[1]!] };
      }
    } else {
      const open = current as Block | null;
      if (open?.kind === 'paragraph') open.lines.push(line.trim());
      else {
        flush();
        current = { kind: 'paragraph', lines: [line.trim()] };
      }
    }
  }
  flush();
  return blocks;
}

export function richTextFromMarkdown(source: string): RichText {
  const children = blocksOf(source).map((block): SerializedNodeBase => {
    switch (block.kind) {
      case 'heading':
        return elementNode('heading', markdownInlines(block.text), { tag: `h${block.level + 1}` });
      case 'list':
        return elementNode(
          'list',
          block.items.map((item, i) => elementNode('listitem', markdownInlines(item), { value: i + 1 })),
          { listType: block.ordered ? 'number' : 'bullet', start: 1, tag: block.ordered ? 'ol' : 'ul' },
        );
      case 'quote':
        return elementNode('quote', markdownInlines(block.lines.join(' ')));
      case 'paragraph':
        return paragraphNode(markdownInlines(block.lines.join(' ')));
    }
  });
  return {
    lexicalVersion: LEXICAL_VERSION,
    editorState: { root: rootNode(children) },
  };
}
