/**
 * Lexical JSON → report blocks. Walks the serialized state (no Lexical runtime, no DOM).
 *
 * Callers pass rich text that the anonymiser has already rendered for the output mode
 * (`renderRichText`), so mentions normally arrive as text; a mention that still arrives is
 * written through `mentionText`, which the builder points at the pseudonym in publication mode.
 */
import { TEXT_FORMAT, type RichText, type SerializedNodeBase } from '../../shared/lexical/types';
import { classify, type LexicalNode } from './lexical-nodes';
import { assertNever, type InlineRun, type ListBlock, type ListItem, type ReportBlock, type TableBlock } from './model';

export interface LexicalExportOptions {
  /** Bookmark prefix for paragraphs, e.g. "cw_p_f_12" → cw_p_f_12_1, cw_p_f_12_2 … */
  readonly bookmarkPrefix?: string;
  readonly numbered: boolean;
  /** Heading level of the section the text sits in; rich-text headings go one or two below it. */
  readonly baseHeadingLevel: 1 | 2;
  readonly mentionText: (personId: number, fallback: string) => string;
}

function inlines(nodes: readonly SerializedNodeBase[], opts: LexicalExportOptions): InlineRun[] {
  const out: InlineRun[] = [];
  for (const raw of nodes) {
    const node = classify(raw);
    switch (node.type) {
      case 'text': {
        const f = node.format;
        out.push({
          kind: 'text',
          text: node.text,
          ...(f & TEXT_FORMAT.bold ? { bold: true } : {}),
          ...(f & TEXT_FORMAT.italic ? { italic: true } : {}),
          ...(f & TEXT_FORMAT.underline ? { underline: true } : {}),
          ...(f & TEXT_FORMAT.strikethrough ? { strike: true } : {}),
          ...(f & TEXT_FORMAT.code ? { code: true } : {}),
          ...(f & TEXT_FORMAT.superscript ? { superscript: true } : {}),
          ...(f & TEXT_FORMAT.subscript ? { subscript: true } : {}),
        });
        break;
      }
      case 'mention':
        out.push({ kind: 'text', text: opts.mentionText(node.personId, node.text) });
        break;
      case 'linebreak':
        out.push({ kind: 'break' });
        break;
      case 'tab':
        out.push({ kind: 'tab' });
        break;
      case 'link':
        out.push({ kind: 'link', url: node.url, runs: inlines(node.children, opts) });
        break;
      case 'unknown-leaf':
        if (node.text !== '') out.push({ kind: 'text', text: node.text });
        break;
      case 'mark':
      case 'unknown-element':
      case 'paragraph':
      case 'heading':
      case 'quote':
      case 'code':
      case 'list':
      case 'listitem':
      case 'table':
      case 'tablerow':
      case 'tablecell':
        // Block nodes met inline (malformed state) keep their text rather than vanish.
        out.push(...inlines(node.children, opts));
        break;
      case 'horizontalrule':
        break;
      default:
        assertNever(node);
    }
  }
  return out;
}

function list(node: Extract<LexicalNode, { type: 'list' }>, opts: LexicalExportOptions): ListBlock {
  const items: ListItem[] = [];
  for (const raw of node.children) {
    const child = classify(raw);
    if (child.type !== 'listitem') continue;
    // Lexical nests a list inside its own listitem, directly after the item it belongs to.
    const nested = child.children
      .map(classify)
      .find((c): c is Extract<LexicalNode, { type: 'list' }> => c.type === 'list');
    const onlyNested = nested !== undefined && child.children.length === 1;
    const previous = items[items.length - 1];
    if (onlyNested && previous !== undefined && previous.children === undefined) {
      items[items.length - 1] = { ...previous, children: list(nested, opts) };
    } else {
      const runs = inlines(
        child.children.filter((c) => c.type !== 'list'),
        opts,
      );
      items.push(nested === undefined ? { runs } : { runs, children: list(nested, opts) });
    }
  }
  return { kind: 'list', ordered: node.listType === 'number', items };
}

function table(node: Extract<LexicalNode, { type: 'table' }>, opts: LexicalExportOptions): TableBlock {
  const rows = node.children
    .map(classify)
    .filter((r): r is Extract<LexicalNode, { type: 'tablerow' }> => r.type === 'tablerow')
    .map((r) => r.children.map(classify).map((c) => ({ runs: 'children' in c ? inlines(c.children, opts) : [] })));
  // Word and screen readers need a header row: the first row serves as one.
  const [first, ...rest] = rows;
  const plain = (runs: readonly InlineRun[]): string => runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');
  return { kind: 'table', caption: 'Table', header: (first ?? []).map((c) => plain(c.runs)), rows: rest };
}

export function richTextToBlocks(richText: RichText | null, opts: LexicalExportOptions): ReportBlock[] {
  if (richText === null) return [];
  const blocks: ReportBlock[] = [];
  let paragraphCount = 0;
  const bookmark = (): string | undefined =>
    opts.bookmarkPrefix === undefined ? undefined : `${opts.bookmarkPrefix}_${++paragraphCount}`;
  for (const raw of richText.editorState.root.children) {
    const node = classify(raw);
    switch (node.type) {
      case 'paragraph':
      case 'code':
      case 'unknown-element':
      case 'mark': {
        const runs = inlines(node.children, opts);
        if (runs.length === 0) break; // empty paragraphs would still be numbered
        const bm = bookmark();
        blocks.push({
          kind: 'paragraph',
          runs,
          numbered: opts.numbered,
          ...(bm === undefined ? {} : { bookmark: bm }),
        });
        break;
      }
      case 'heading': {
        const depth = node.tag === 'h1' || node.tag === 'h2' ? 1 : 2;
        const level = Math.min(3, opts.baseHeadingLevel + depth) as 2 | 3;
        const text = inlines(node.children, opts)
          .map((r) =>
            r.kind === 'text'
              ? r.text
              : r.kind === 'link'
                ? r.runs.map((x) => (x.kind === 'text' ? x.text : '')).join('')
                : '',
          )
          .join('');
        if (text.trim() !== '') blocks.push({ kind: 'heading', level, text });
        break;
      }
      case 'quote': {
        const bm = bookmark();
        blocks.push({
          kind: 'paragraph',
          style: 'quote',
          runs: inlines(node.children, opts),
          ...(bm === undefined ? {} : { bookmark: bm }),
        });
        break;
      }
      case 'list':
        blocks.push(list(node, opts));
        break;
      case 'table':
        blocks.push(table(node, opts));
        break;
      case 'text':
      case 'mention':
      case 'linebreak':
      case 'tab':
      case 'link':
      case 'unknown-leaf':
      case 'listitem':
      case 'tablerow':
      case 'tablecell': {
        // Inline content at the top level (malformed state): keep it as a paragraph.
        const runs = inlines([raw], opts);
        if (runs.length > 0) blocks.push({ kind: 'paragraph', runs, numbered: opts.numbered });
        break;
      }
      case 'horizontalrule':
        break;
      default:
        assertNever(node);
    }
  }
  return blocks;
}
