/**
 * The serialized Lexical node types the Word export understands, as a closed union, so every
 * `switch (node.type)` over them ends in `assertNever`. Anything else (a node type added later by
 * another feature) is classified as `unknown-element` or `unknown-leaf` and exported by its text,
 * never dropped silently.
 */
import { hasChildren, type SerializedNodeBase } from '../../shared/lexical/types';

type Children = { readonly children: readonly SerializedNodeBase[] };

export type LexicalNode =
  | ({ readonly type: 'paragraph' } & Children)
  | ({ readonly type: 'heading'; readonly tag: string } & Children)
  | ({ readonly type: 'quote' } & Children)
  | ({ readonly type: 'list'; readonly listType: 'bullet' | 'number' | 'check' } & Children)
  | ({ readonly type: 'listitem' } & Children)
  | ({ readonly type: 'table' } & Children)
  | ({ readonly type: 'tablerow' } & Children)
  | ({ readonly type: 'tablecell'; readonly header: boolean } & Children)
  | ({ readonly type: 'link'; readonly url: string } & Children)
  | ({ readonly type: 'code' } & Children)
  /** @lexical/mark ranges (panel anchors): transparent in Word. */
  | ({ readonly type: 'mark' } & Children)
  | { readonly type: 'text'; readonly text: string; readonly format: number }
  | { readonly type: 'mention'; readonly personId: number; readonly text: string }
  | { readonly type: 'linebreak' }
  | { readonly type: 'tab' }
  | { readonly type: 'horizontalrule' }
  | ({ readonly type: 'unknown-element'; readonly originalType: string } & Children)
  | { readonly type: 'unknown-leaf'; readonly originalType: string; readonly text: string };

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

export function classify(node: SerializedNodeBase): LexicalNode {
  const children = hasChildren(node) ? node.children : [];
  switch (node.type) {
    case 'paragraph':
    case 'quote':
    case 'listitem':
    case 'table':
    case 'tablerow':
    case 'code':
    case 'mark':
      return { type: node.type, children };
    case 'heading':
      return { type: 'heading', tag: str(node.tag, 'h2'), children };
    case 'list': {
      const listType = node.listType === 'number' ? 'number' : node.listType === 'check' ? 'check' : 'bullet';
      return { type: 'list', listType, children };
    }
    case 'tablecell':
      return { type: 'tablecell', header: typeof node.headerState === 'number' && node.headerState !== 0, children };
    case 'link':
    case 'autolink':
      return { type: 'link', url: str(node.url), children };
    case 'text':
      return { type: 'text', text: str(node.text), format: typeof node.format === 'number' ? node.format : 0 };
    case 'mention':
      return typeof node.personId === 'number'
        ? { type: 'mention', personId: node.personId, text: str(node.text) }
        : { type: 'unknown-leaf', originalType: node.type, text: str(node.text) };
    case 'linebreak':
      return { type: 'linebreak' };
    case 'tab':
      return { type: 'tab' };
    case 'horizontalrule':
      return { type: 'horizontalrule' };
    default:
      return hasChildren(node)
        ? { type: 'unknown-element', originalType: node.type, children }
        : { type: 'unknown-leaf', originalType: node.type, text: str(node.text) };
  }
}
