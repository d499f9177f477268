import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
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

/** Punctuation that closes up to the name it follows ("Child K, who…"), replacing the inserted space. */
const CLOSING_PUNCTUATION = /^[,.;:!?)\]}…]$/;

/**
 * A key typed straight after a mention's space, decided before the browser inserts anything: a
 * space is swallowed (the sentence already has its one space, so "@Ch" ↵ " said" gives one space),
 * and closing punctuation takes the inserted space's place. Returns whether the key was handled;
 * the caller then cancels the browser's own insertion, so the caret is where Lexical puts it.
 */
export function $typeAfterMention(character: string): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return false;
  const node = selection.anchor.getNode();
  const offset = selection.anchor.offset;
  if (!$isTextNode(node) || $isMentionNode(node) || offset > 1) return false;
  const text = node.getTextContent();
  if (!text.startsWith(' ') || !$isMentionNode(node.getPreviousSibling())) return false;
  if (character === ' ') {
    node.select(1, 1);
    return true;
  }
  if (CLOSING_PUNCTUATION.test(character) && text === ' ' && offset === 1) {
    node.setTextContent(character);
    node.select(1, 1);
    return true;
  }
  return false;
}

/**
 * Handles keys typed after a mention at the keydown, before any text reaches the page: changing
 * text the browser has already inserted (as a node transform once did) loses the caret in Chromium.
 */
export function registerMentionTyping(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
      if (!$typeAfterMention(event.key)) return false;
      event.preventDefault();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
