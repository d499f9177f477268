import { $applyNodeReplacement, type EditorConfig, type NodeKey, type SerializedTextNode } from 'lexical';
import { TokenTextNode } from './TokenTextNode';

/** What tells one kind of link from rich text to a record of the review (an entry, an episode) from another. */
export interface RecordLinkKind {
  /** The node type saved in the document, e.g. `entry-link`. */
  readonly type: string;
  /** The saved JSON's field for the record's id, also the element's `data-` attribute. */
  readonly idField: string;
  /** The tooltip's words before the id: "Chronology entry". */
  readonly title: string;
  readonly className: string;
  /** The link's text when none is given: "entry 12". */
  readonly noun: string;
}

/**
 * A link from rich text (a finding body) to one record of the review, by id. What links share
 * lives here; each kind is still its own registered class (made by `recordLinkNodeClass`),
 * because Lexical looks nodes up by type and needs each class's own `getType`, `clone` and
 * `importJSON`.
 */
export abstract class RecordLinkNode extends TokenTextNode {
  __recordId: number;

  // Defaults, because Lexical gives a class between TextNode and a registered node (this one) a
  // generic static clone that constructs it with no arguments, and refuses one that needs them.
  constructor(recordId = 0, text = '', key?: NodeKey) {
    super(text, key);
    this.__recordId = recordId;
  }

  protected abstract linkKind(): RecordLinkKind;

  override exportJSON(): SerializedTextNode {
    const kind = this.linkKind();
    return { ...super.exportJSON(), type: kind.type, version: 1, [kind.idField]: this.__recordId };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const kind = this.linkKind();
    const dom = super.createDOM(config);
    dom.classList.add(kind.className);
    dom.dataset[kind.idField] = String(this.__recordId);
    dom.title = `${kind.title} ${this.__recordId}`;
    return dom;
  }

  getRecordId(): number {
    return this.getLatest().__recordId;
  }
}

/** A registered link class: the statics every node class has, and a constructor taking the record's id. */
export type RecordLinkNodeClass = Omit<typeof RecordLinkNode, 'prototype'> &
  (new (recordId: number, text?: string, key?: NodeKey) => RecordLinkNode);

/**
 * The registered node class for one kind of link, with the statics Lexical calls on it. Its
 * `linkKind` is public only because a class made in a function cannot export a protected member.
 */
export function recordLinkNodeClass(kind: RecordLinkKind): RecordLinkNodeClass {
  const KindLinkNode = class extends RecordLinkNode {
    static override getType(): string {
      return kind.type;
    }

    static override clone(node: RecordLinkNode): RecordLinkNode {
      return new this(node.__recordId, node.__text, node.__key);
    }

    static override importJSON(json: SerializedTextNode): RecordLinkNode {
      const recordId = (json as SerializedTextNode & Readonly<Record<string, unknown>>)[kind.idField];
      return $createRecordLink(new this(Number(recordId), json.text)).updateFromJSON(json);
    }

    constructor(recordId: number, text?: string, key?: NodeKey) {
      super(recordId, text ?? `${kind.noun} ${recordId}`, key);
    }

    override linkKind(): RecordLinkKind {
      return kind;
    }
  };
  return KindLinkNode;
}

/** A new link node as an editor makes one: replaceable by the editor's node overrides, typed over as one token. */
export function $createRecordLink<T extends RecordLinkNode>(node: T): T {
  return $applyNodeReplacement(node).setMode('token');
}
