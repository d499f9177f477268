import { chooseAnchor, type Anchor } from './anchors';
import type { ThreadedComment } from './read-docx';

/** What placement needs to know about the review, read once before the import. */
export interface PlacementContext {
  readonly findings: readonly {
    readonly id: number;
    readonly title: string;
    /** Text of each bookmarked paragraph of the body (see paragraphs.ts); paragraph n of cw_p_f_<id>_<n> is index n−1. */
    readonly paragraphs: readonly string[];
  }[];
  readonly entryIds: ReadonlySet<number>;
  readonly recommendationIds: ReadonlySet<number>;
}

export type PlannedTarget =
  | { readonly kind: 'finding'; readonly findingId: number }
  | { readonly kind: 'paragraph'; readonly anchor: string; readonly findingId: number | null }
  | { readonly kind: 'entry'; readonly entryId: number }
  | { readonly kind: 'unplaced' };

export type PlacedBy = 'anchor' | 'quote' | 'parent' | 'none';

export interface PlacedComment {
  readonly comment: ThreadedComment;
  readonly target: PlannedTarget;
  readonly placedBy: PlacedBy;
}

/** Minimum quote length for the text fallback: shorter quotes match too much to be trusted. */
const minimumQuoteLength = 12;

export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function fromAnchor(anchor: Anchor, context: PlacementContext): PlannedTarget | null {
  const findingExists = (id: number): boolean => context.findings.some((f) => f.id === id);
  switch (anchor.kind) {
    case 'finding':
      return findingExists(anchor.findingId) ? { kind: 'finding', findingId: anchor.findingId } : null;
    case 'entry':
      return context.entryIds.has(anchor.entryId) ? { kind: 'entry', entryId: anchor.entryId } : null;
    case 'paragraph': {
      if (anchor.ownerKind === 'f') {
        const findingId = Number(anchor.ownerId);
        return findingExists(findingId) ? { kind: 'paragraph', anchor: anchor.name, findingId } : null;
      }
      if (anchor.ownerKind === 'r' && !context.recommendationIds.has(Number(anchor.ownerId))) return null;
      return { kind: 'paragraph', anchor: anchor.name, findingId: null };
    }
  }
}

/** The quoted text found in exactly one finding: its title, or one of its body paragraphs. */
function fromQuote(quote: string, context: PlacementContext): PlannedTarget | null {
  const needle = normaliseForMatch(quote);
  if (needle.length < minimumQuoteLength) return null;
  const hits: PlannedTarget[] = [];
  for (const finding of context.findings) {
    if (normaliseForMatch(finding.title).includes(needle)) {
      hits.push({ kind: 'finding', findingId: finding.id });
      continue;
    }
    const index = finding.paragraphs.findIndex((p) => normaliseForMatch(p).includes(needle));
    if (index >= 0)
      hits.push({ kind: 'paragraph', anchor: `cw_p_f_${finding.id}_${index + 1}`, findingId: finding.id });
  }
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * Decides where each comment belongs: by bookmark first (survives the panel's edits to the text),
 * then by the quoted text, and replies follow their parent. Nothing is dropped: a comment that
 * cannot be placed is `unplaced`.
 */
export function placeComments(
  comments: readonly ThreadedComment[],
  context: PlacementContext,
): readonly PlacedComment[] {
  const own = new Map<string, PlacedComment>();
  for (const comment of comments) {
    const anchor = comment.range ? chooseAnchor(comment.range.enclosingBookmarks, comment.range.innerBookmarks) : null;
    const byAnchor = anchor ? fromAnchor(anchor, context) : null;
    if (byAnchor) {
      own.set(comment.id, { comment, target: byAnchor, placedBy: 'anchor' });
      continue;
    }
    const byQuote = comment.range ? fromQuote(comment.range.quotedText, context) : null;
    own.set(
      comment.id,
      byQuote
        ? { comment, target: byQuote, placedBy: 'quote' }
        : { comment, target: { kind: 'unplaced' }, placedBy: 'none' },
    );
  }
  const rootOf = (comment: ThreadedComment, seen: Set<string>): PlacedComment | undefined => {
    if (comment.parentId === null || seen.has(comment.id)) return own.get(comment.id);
    seen.add(comment.id);
    const parent = comments.find((c) => c.id === comment.parentId);
    return parent ? rootOf(parent, seen) : own.get(comment.id);
  };
  return comments.map((comment) => {
    if (comment.parentId === null) return own.get(comment.id)!;
    const root = rootOf(comment, new Set());
    return root ? { comment, target: root.target, placedBy: 'parent' } : own.get(comment.id)!;
  });
}
