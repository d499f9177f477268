import { $applyNodeReplacement, TextNode, type EditorConfig, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';

/**
 * An inline link from rich text (a finding body) to one chronology entry. A token-mode text node:
 * it reads as ordinary text (so plain-text and Word export need nothing special beyond its `text`),
 * cannot be typed into, and deletes as a unit. Chosen over a DecoratorNode because decorators have
 * known selection and deletion bugs (lexical #7158, #7319, #6974).
 */
export type SerializedEntryLinkNode = Spread<{ readonly entryId: number }, SerializedTextNode>;

export class EntryLinkNode extends TextNode {
  __entryId: number;

  static override getType(): string {
    return 'entry-link';
  }

  static override clone(node: EntryLinkNode): EntryLinkNode {
    return new EntryLinkNode(node.__entryId, node.__text, node.__key);
  }

  constructor(entryId: number, text?: string, key?: NodeKey) {
    super(text ?? `entry ${entryId}`, key);
    this.__entryId = entryId;
  }

  static override importJSON(json: SerializedEntryLinkNode): EntryLinkNode {
    return $createEntryLinkNode(json.entryId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedEntryLinkNode {
    return { ...super.exportJSON(), type: 'entry-link', version: 1, entryId: this.__entryId };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('cw-entry-link');
    dom.dataset.entryId = String(this.__entryId);
    dom.title = `Chronology entry ${this.__entryId}`;
    return dom;
  }

  getEntryId(): number {
    return this.getLatest().__entryId;
  }

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

export function $createEntryLinkNode(entryId: number, text?: string): EntryLinkNode {
  return $applyNodeReplacement(new EntryLinkNode(entryId, text)).setMode('token');
}

export function $isEntryLinkNode(node: LexicalNode | null | undefined): node is EntryLinkNode {
  return node instanceof EntryLinkNode;
}
