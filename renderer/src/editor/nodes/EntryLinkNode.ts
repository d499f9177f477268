import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { TokenTextNode } from './TokenTextNode';

export type SerializedEntryLinkNode = Spread<{ readonly entryId: number }, SerializedTextNode>;

/** An inline link from rich text (a finding body) to one chronology entry; behaves as a TokenTextNode. */
export class EntryLinkNode extends TokenTextNode {
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
}

export function $createEntryLinkNode(entryId: number, text?: string): EntryLinkNode {
  return $applyNodeReplacement(new EntryLinkNode(entryId, text)).setMode('token');
}

export function $isEntryLinkNode(node: LexicalNode | null | undefined): node is EntryLinkNode {
  return node instanceof EntryLinkNode;
}
