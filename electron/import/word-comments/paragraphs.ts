import { hasChildren, type RichText, type SerializedNodeBase } from '../../shared/lexical/types';

/**
 * The paragraphs of a rich text that the report export bookmarks as cw_p_<kind>_<id>_<n>, in order
 * (n = index + 1). This mirrors electron/export/report/lexical-blocks.ts: paragraph-like blocks
 * with any content and every quote are numbered; headings, lists, tables, rules, empty paragraphs
 * and stray inline nodes at the top level are not. Used to place a comment by its quoted text
 * when the panel's edits removed the bookmark.
 */
const notNumbered = new Set([
  'heading',
  'list',
  'table',
  'horizontalrule',
  'link',
  'autolink',
  'listitem',
  'tablerow',
  'tablecell',
]);

function inlineText(node: SerializedNodeBase): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  return hasChildren(node) ? node.children.map(inlineText).join('') : '';
}

export function bookmarkedParagraphs(richText: RichText | null): readonly string[] {
  if (richText === null) return [];
  const out: string[] = [];
  for (const block of richText.editorState.root.children) {
    if (notNumbered.has(block.type) || !hasChildren(block)) continue;
    const text = inlineText(block);
    if (block.type === 'quote' || text !== '') out.push(text);
  }
  return out;
}
