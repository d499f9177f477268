import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { TokenTextNode } from './TokenTextNode';

export type SerializedEpisodeLinkNode = Spread<{ readonly episodeId: number }, SerializedTextNode>;

/** An inline link from rich text (a finding body) to one key practice episode; behaves as a TokenTextNode. */
export class EpisodeLinkNode extends TokenTextNode {
  __episodeId: number;

  static override getType(): string {
    return 'episode-link';
  }

  static override clone(node: EpisodeLinkNode): EpisodeLinkNode {
    return new EpisodeLinkNode(node.__episodeId, node.__text, node.__key);
  }

  constructor(episodeId: number, text?: string, key?: NodeKey) {
    super(text ?? `episode ${episodeId}`, key);
    this.__episodeId = episodeId;
  }

  static override importJSON(json: SerializedEpisodeLinkNode): EpisodeLinkNode {
    return $createEpisodeLinkNode(json.episodeId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedEpisodeLinkNode {
    return { ...super.exportJSON(), type: 'episode-link', version: 1, episodeId: this.__episodeId };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('cw-episode-link');
    dom.dataset.episodeId = String(this.__episodeId);
    dom.title = `Key practice episode ${this.__episodeId}`;
    return dom;
  }

  getEpisodeId(): number {
    return this.getLatest().__episodeId;
  }
}

export function $createEpisodeLinkNode(episodeId: number, text?: string): EpisodeLinkNode {
  return $applyNodeReplacement(new EpisodeLinkNode(episodeId, text)).setMode('token');
}

export function $isEpisodeLinkNode(node: LexicalNode | null | undefined): node is EpisodeLinkNode {
  return node instanceof EpisodeLinkNode;
}
