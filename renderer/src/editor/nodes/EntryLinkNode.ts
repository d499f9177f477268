import { $applyNodeReplacement, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';
import { RecordLinkNode, type RecordLinkKind } from './RecordLinkNode';

export type SerializedEntryLinkNode = Spread<{ readonly entryId: number }, SerializedTextNode>;

const ENTRY_LINK: RecordLinkKind = {
  type: 'entry-link',
  idField: 'entryId',
  title: 'Chronology entry',
  className: 'cw-entry-link',
};

/** An inline link from rich text (a finding body) to one chronology entry; behaves as a TokenTextNode. */
export class EntryLinkNode extends RecordLinkNode {
  static override getType(): string {
    return ENTRY_LINK.type;
  }

  static override clone(node: EntryLinkNode): EntryLinkNode {
    return new EntryLinkNode(node.__recordId, node.__text, node.__key);
  }

  static override importJSON(json: SerializedEntryLinkNode): EntryLinkNode {
    return $createEntryLinkNode(json.entryId, json.text).updateFromJSON(json);
  }

  constructor(entryId: number, text?: string, key?: NodeKey) {
    super(entryId, text ?? `entry ${entryId}`, key);
  }

  protected override linkKind(): RecordLinkKind {
    return ENTRY_LINK;
  }

  override exportJSON(): SerializedEntryLinkNode {
    return super.exportJSON() as SerializedEntryLinkNode;
  }
}

export function $createEntryLinkNode(entryId: number, text?: string): EntryLinkNode {
  return $applyNodeReplacement(new EntryLinkNode(entryId, text)).setMode('token');
}

export function $isEntryLinkNode(node: LexicalNode | null | undefined): node is EntryLinkNode {
  return node instanceof EntryLinkNode;
}
