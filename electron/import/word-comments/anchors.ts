/**
 * Bookmark names shared with the panel-draft export (see helper conventions):
 * finding → cw_f_<findingId>; paragraph → cw_p_<ownerKind>_<ownerId>_<n> with ownerKind
 * f (finding body), s (review section, ownerId = section key), r (recommendation);
 * chronology entry row → cw_e_<entryId>.
 */
export type Anchor =
  | { readonly kind: 'finding'; readonly findingId: number; readonly name: string }
  | {
      readonly kind: 'paragraph';
      readonly ownerKind: 'f' | 's' | 'r';
      readonly ownerId: string;
      readonly paragraph: number;
      readonly name: string;
    }
  | { readonly kind: 'entry'; readonly entryId: number; readonly name: string };

export function parseAnchor(name: string): Anchor | null {
  const finding = /^cw_f_(\d+)$/.exec(name);
  if (finding) return { kind: 'finding', findingId: Number(finding[1]), name };
  const entry = /^cw_e_(\d+)$/.exec(name);
  if (entry) return { kind: 'entry', entryId: Number(entry[1]), name };
  // ownerId may itself contain underscores (section keys such as terms_of_reference): the
  // paragraph number is the last segment.
  const paragraph = /^cw_p_([fsr])_(.+)_(\d+)$/.exec(name);
  if (paragraph) {
    return {
      kind: 'paragraph',
      ownerKind: paragraph[1] as 'f' | 's' | 'r',
      ownerId: paragraph[2]!,
      paragraph: Number(paragraph[3]),
      name,
    };
  }
  return null;
}

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
