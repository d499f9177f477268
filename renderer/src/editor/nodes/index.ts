import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { EntryLinkNode } from './EntryLinkNode';
import { EpisodeLinkNode } from './EpisodeLinkNode';
import { MentionNode } from './MentionNode';

/**
 * The one registry of rich-text node types. Lexical refuses to parse a saved document holding a
 * type it does not know, so every editor and every headless use registers exactly this list.
 * Custom nodes (mentions, links to chronology entries…) add one line each.
 */
export const editorNodes: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  EntryLinkNode,
  EpisodeLinkNode,
  MentionNode,
];
