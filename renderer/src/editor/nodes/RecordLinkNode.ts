import type { EditorConfig, NodeKey, SerializedTextNode } from 'lexical';
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
}

/**
 * A link from rich text (a finding body) to one record of the review, by id. What links share
 * lives here; each kind is still its own registered class, because Lexical looks nodes up by type
 * and needs each class's own `getType`, `clone` and `importJSON`.
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
