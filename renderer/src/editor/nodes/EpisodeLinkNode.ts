import { $applyNodeReplacement, type LexicalNode, type NodeKey, type SerializedTextNode, type Spread } from 'lexical';
import { RecordLinkNode, type RecordLinkKind } from './RecordLinkNode';

export type SerializedEpisodeLinkNode = Spread<{ readonly episodeId: number }, SerializedTextNode>;

const EPISODE_LINK: RecordLinkKind = {
  type: 'episode-link',
  idField: 'episodeId',
  title: 'Key practice episode',
  className: 'cw-episode-link',
};

/** An inline link from rich text (a finding body) to one key practice episode; behaves as a TokenTextNode. */
export class EpisodeLinkNode extends RecordLinkNode {
  static override getType(): string {
    return EPISODE_LINK.type;
  }

  static override clone(node: EpisodeLinkNode): EpisodeLinkNode {
    return new EpisodeLinkNode(node.__recordId, node.__text, node.__key);
  }

  static override importJSON(json: SerializedEpisodeLinkNode): EpisodeLinkNode {
    return $createEpisodeLinkNode(json.episodeId, json.text).updateFromJSON(json);
  }

  constructor(episodeId: number, text?: string, key?: NodeKey) {
    super(episodeId, text ?? `episode ${episodeId}`, key);
  }

  protected override linkKind(): RecordLinkKind {
    return EPISODE_LINK;
  }

  override exportJSON(): SerializedEpisodeLinkNode {
    return super.exportJSON() as SerializedEpisodeLinkNode;
  }
}

export function $createEpisodeLinkNode(episodeId: number, text?: string): EpisodeLinkNode {
  return $applyNodeReplacement(new EpisodeLinkNode(episodeId, text)).setMode('token');
}

export function $isEpisodeLinkNode(node: LexicalNode | null | undefined): node is EpisodeLinkNode {
  return node instanceof EpisodeLinkNode;
}
