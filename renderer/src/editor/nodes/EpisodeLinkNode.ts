import type { LexicalNode, SerializedTextNode, Spread } from 'lexical';
import { $createRecordLink, recordLinkNodeClass } from './RecordLinkNode';

export type SerializedEpisodeLinkNode = Spread<{ readonly episodeId: number }, SerializedTextNode>;

/** An inline link from rich text (a finding body) to one key practice episode; behaves as a TokenTextNode. */
export const EpisodeLinkNode = recordLinkNodeClass({
  type: 'episode-link',
  idField: 'episodeId',
  title: 'Key practice episode',
  className: 'cw-episode-link',
  noun: 'episode',
});
export type EpisodeLinkNode = InstanceType<typeof EpisodeLinkNode>;

export function $createEpisodeLinkNode(episodeId: number, text?: string): EpisodeLinkNode {
  return $createRecordLink(new EpisodeLinkNode(episodeId, text));
}

export function $isEpisodeLinkNode(node: LexicalNode | null | undefined): node is EpisodeLinkNode {
  return node instanceof EpisodeLinkNode;
}
