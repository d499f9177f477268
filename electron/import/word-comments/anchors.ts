import { parseAnchor, type Anchor } from '../../shared/domain/annotations';

export { parseAnchor, type Anchor };

/** Paragraph bookmarks are more precise than finding bookmarks, which beat entry rows. */
function precision(anchor: Anchor): number {
  return anchor.kind === 'paragraph' ? 3 : anchor.kind === 'finding' ? 2 : 1;
}

/**
 * The anchor a comment belongs to: the innermost bookmark open where its range starts, or else the
 * first one that starts inside it; among equals, the more precise kind wins.
 */
export function chooseAnchor(enclosing: readonly string[], inner: readonly string[]): Anchor | null {
  const enclosingAnchors = enclosing.map(parseAnchor).filter((a): a is Anchor => a !== null);
  if (enclosingAnchors.length > 0) {
    return enclosingAnchors.reduce((best, next) => (precision(next) >= precision(best) ? next : best));
  }
  const innerAnchors = inner.map(parseAnchor).filter((a): a is Anchor => a !== null);
  if (innerAnchors.length === 0) return null;
  return innerAnchors.reduce((best, next) => (precision(next) > precision(best) ? next : best));
}
