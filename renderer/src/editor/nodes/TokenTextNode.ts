import { TextNode } from 'lexical';

/**
 * What mentions and links to entries and episodes share: text that stands for one thing in the
 * review, reads as ordinary text (so plain-text and Word export need only its `text`), cannot be
 * typed into, and deletes, cuts and pastes as a unit. Token-mode text nodes rather than
 * DecoratorNodes, which have known selection and deletion bugs (lexical #7158, #7319, #6974).
 * Never registered itself: each subclass has its own type.
 */
export abstract class TokenTextNode extends TextNode {
  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}
