import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { TokenTextNode } from './TokenTextNode';

/**
 * A mention of a person in the people register, inserted by typing `@`. It holds the person's
 * id; its text is the real name while drafting. Publication output never uses that text: the
 * anonymiser (`electron/core/anonymise/rich-text.ts`) renders every `mention` as the person's
 * pseudonym, looked up by id, so renaming or re-pseudonymising a person updates every mention.
 * Like the entry links, it is a TokenTextNode: one unit for backspace, cut and paste.
 */
export type SerializedMentionNode = Spread<{ readonly personId: number }, SerializedTextNode>;

export const MENTION_TYPE = 'mention';

export class MentionNode extends TokenTextNode {
  __personId: number;

  static override getType(): string {
    return MENTION_TYPE;
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__personId, node.__text, node.__key);
  }

  constructor(personId: number, text: string, key?: NodeKey) {
    super(text, key);
    this.__personId = personId;
  }

  static override importJSON(json: SerializedMentionNode): MentionNode {
    return $createMentionNode(json.personId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), type: MENTION_TYPE, version: 1, personId: this.__personId };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('cw-mention');
    dom.dataset.personId = String(this.__personId);
    dom.title = 'Person from the register: shown by pseudonym in published output';
    return dom;
  }

  getPersonId(): number {
    return this.getLatest().__personId;
  }
}

export function $createMentionNode(personId: number, text: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(personId, text)).setMode('token');
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
