import { $createTextNode, $getSelection, $isRangeSelection, $isTextNode, TextNode, type LexicalEditor } from 'lexical';
import { $isMentionNode, type MentionNode } from '../nodes/MentionNode';

/** After a mention, these follow with no space: "Child K, who…", "(Child K)". */
const CLOSING = /^[\s,.;:!?)\]}’”'"…-]/;

/**
 * Puts the caret after a newly inserted mention with exactly the space the sentence needs: a
 * space when the mention ends the text, nothing when the text after it already begins with a
 * space or punctuation.
 */
export function $placeCaretAfterMention(mention: MentionNode): void {
  const next = mention.getNextSibling();
  if ($isTextNode(next) && !$isMentionNode(next) && CLOSING.test(next.getTextContent())) {
    next.select(0, 0);
    return;
  }
  const space = $createTextNode(' ');
  mention.insertAfter(space);
  space.select(1, 1);
}

/**
 * The space after a mention is the app's, so the reviewer's own next keystroke wins: typing a
 * space does not make two, and typing punctuation pulls it up to the name ("Child K," rather
 * than "Child K ,"). Otherwise the report would carry double spaces and stray gaps.
 */
function $tidySpaceAfterMention(node: TextNode): void {
  const previous = node.getPreviousSibling();
  if (!$isMentionNode(previous)) return;
  const text = node.getTextContent();
  if (!/^ (?=[ ,.;:!?)\]}’”'…])/.test(text)) return;
  const selection = $getSelection();
  const caret = $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === node.getKey() ? selection.anchor.offset : null;
  node.setTextContent(text.slice(1));
  if (caret !== null) {
    const offset = Math.max(0, caret - 1);
    node.select(offset, offset);
  }
}

/** Registers the tidying; returns the function that removes it. */
export function registerMentionSpacing(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, $tidySpaceAfterMention);
}
