import { $createTextNode, $isTextNode } from 'lexical';
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
