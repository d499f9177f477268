import type { LexicalNode, SerializedTextNode, Spread } from 'lexical';
import { $createRecordLink, recordLinkNodeClass } from './RecordLinkNode';

export type SerializedEntryLinkNode = Spread<{ readonly entryId: number }, SerializedTextNode>;

/** An inline link from rich text (a finding body) to one chronology entry; behaves as a TokenTextNode. */
export const EntryLinkNode = recordLinkNodeClass({
  type: 'entry-link',
  idField: 'entryId',
  title: 'Chronology entry',
  className: 'cw-entry-link',
  noun: 'entry',
});
export type EntryLinkNode = InstanceType<typeof EntryLinkNode>;

export function $createEntryLinkNode(entryId: number, text?: string): EntryLinkNode {
  return $createRecordLink(new EntryLinkNode(entryId, text));
}

export function $isEntryLinkNode(node: LexicalNode | null | undefined): node is EntryLinkNode {
  return node instanceof EntryLinkNode;
}
