/**
 * The serialized Lexical shapes Casewright stores and walks (Word export, anonymisation, search).
 * Kept here, free of the `lexical` runtime, so Node-side code can read rich text without a DOM.
 */
export const LEXICAL_VERSION = '0.52.0';

export interface SerializedNodeBase {
  readonly type: string;
  readonly version: number;
  readonly [key: string]: unknown;
}

export interface SerializedElementLike extends SerializedNodeBase {
  readonly children: readonly SerializedNodeBase[];
}

export interface SerializedTextLike extends SerializedNodeBase {
  readonly type: 'text';
  readonly text: string;
  /** Bit flags: 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code, 32 subscript, 64 superscript. */
  readonly format: number;
}

export interface SerializedEditorStateJson {
  readonly root: SerializedElementLike;
}

/** Rich text as stored in a review file: the Lexical JSON plus the version that wrote it. */
export interface RichText {
  readonly lexicalVersion: string;
  readonly editorState: SerializedEditorStateJson;
}

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

export function hasChildren(node: SerializedNodeBase): node is SerializedElementLike {
  return Array.isArray((node as { children?: unknown }).children);
}

/** Plain text of a rich text value, one line per top-level block. Mentions fall back to their `text`. */
export function richTextToPlain(richText: RichText | null): string {
  if (richText === null) return '';
  const blocks: string[] = [];
  for (const block of richText.editorState.root.children) {
    const parts: string[] = [];
    const collect = (node: SerializedNodeBase): void => {
      if (typeof node.text === 'string') parts.push(node.text);
      if (node.type === 'linebreak') parts.push('\n');
      if (hasChildren(node)) for (const child of node.children) collect(child);
    };
    collect(block);
    blocks.push(parts.join(''));
  }
  return blocks.join('\n');
}

/** A text node, as the editor saves one; `format` holds the TEXT_FORMAT flags (plain by default). */
export function textNode(text: string, format = 0): SerializedTextLike {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

/** An element node (paragraph, heading, list, quote…) as the editor saves one, with its own fields in `extra`. */
export function elementNode(
  type: string,
  children: readonly SerializedNodeBase[],
  extra: Record<string, unknown> = {},
): SerializedElementLike {
  return { type, version: 1, direction: null, format: '', indent: 0, ...extra, children };
}

/** A paragraph holding the given inline nodes (text, mentions, links), as the editor saves one. */
export function paragraphNode(children: readonly SerializedNodeBase[]): SerializedElementLike {
  return elementNode('paragraph', children, { textFormat: 0, textStyle: '' });
}

/** The editor's root holding the given blocks. */
export function rootNode(children: readonly SerializedNodeBase[]): SerializedElementLike {
  return elementNode('root', children);
}

/** A rich text value with one paragraph per list of inline nodes. */
export function richTextFromBlocks(paragraphs: readonly (readonly SerializedNodeBase[])[]): RichText {
  return { lexicalVersion: LEXICAL_VERSION, editorState: { root: rootNode(paragraphs.map(paragraphNode)) } };
}

/** A rich text value holding the given paragraphs as plain text. Used by the CLI and samples. */
export function richTextFromParagraphs(paragraphs: readonly string[]): RichText {
  return richTextFromBlocks(paragraphs.map((text) => (text === '' ? [] : [textNode(text)])));
}
