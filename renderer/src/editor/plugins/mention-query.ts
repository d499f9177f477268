import { $isTextNode, type TextNode } from 'lexical';
import { $isMentionNode } from '../nodes/MentionNode';

/** Finds the typed mention query ("@Ch") at the end of a text, as the typeahead's trigger does. */
export type QueryAtEnd = (text: string) => { readonly replaceableString: string } | null;

/**
 * The text a chosen mention replaces: the whole query as typed. The typeahead picks the text to
 * replace from the query it last resolved, which lags a fast typist by a key under load ("@C" while
 * "@Ch" is on screen), so it splits off "Ch" and leaves the "@" behind ("@Chloe Hart"). When the
 * text just before `node` holds the rest of the query, that part is moved into `node` first.
 */
export function $wholeMentionQuery(node: TextNode, queryAtEnd: QueryAtEnd): TextNode {
  const before = node.getPreviousSibling();
  if (!$isTextNode(before) || $isMentionNode(before) || !before.isSimpleText()) return node;
  const beforeText = before.getTextContent();
  const query = queryAtEnd(beforeText + node.getTextContent());
  if (query === null) return node;
  const missing = query.replaceableString.length - node.getTextContent().length;
  if (missing <= 0 || missing > beforeText.length) return node;
  const kept = beforeText.slice(0, beforeText.length - missing);
  node.setTextContent(beforeText.slice(kept.length) + node.getTextContent());
  if (kept === '') before.remove();
  else before.setTextContent(kept);
  return node;
}
