export const annotationStatuses = ['open', 'accepted', 'rejected', 'resolved'] as const;
export type AnnotationStatus = (typeof annotationStatuses)[number];

export const annotationStatusLabels: Readonly<Record<AnnotationStatus, string>> = {
  open: 'Open',
  accepted: 'Accepted',
  rejected: 'Rejected',
  resolved: 'Resolved',
};

/**
 * What a panel comment is about. `paragraph` anchors follow the Word bookmarks of the panel draft
 * (`cw_p_<ownerKind>_<ownerId>_<n>`); `unplaced` keeps a comment that could not be traced back,
 * so nothing a panel member wrote is lost.
 */
export type AnnotationTarget =
  | {
      readonly kind: 'finding';
      readonly findingId: number | null;
      readonly findingNumber: number | null;
      readonly findingTitle: string | null;
    }
  | {
      readonly kind: 'paragraph';
      readonly anchor: string;
      readonly ownerKind: 'f' | 's' | 'r';
      readonly ownerId: string;
      readonly paragraph: number;
      /** Set when the paragraph belongs to a finding body. */
      readonly findingId: number | null;
      readonly findingNumber: number | null;
    }
  | { readonly kind: 'entry'; readonly entryId: number | null; readonly entryLabel: string | null }
  | { readonly kind: 'unplaced' };

export interface Annotation {
  readonly id: number;
  readonly target: AnnotationTarget;
  readonly parentId: number | null;
  readonly authorName: string;
  readonly authorAgency: string;
  readonly authorRole: string;
  /** ISO date-time the comment was written. */
  readonly createdAt: string;
  readonly text: string;
  /** The text the comment was anchored to in the returned document, when known. */
  readonly quotedText: string;
  readonly status: AnnotationStatus;
  /** From a Word import: document fingerprint and the comment's id there. */
  readonly source: { readonly fingerprint: string; readonly commentId: string } | null;
  readonly replies: readonly Annotation[];
}

export interface AnnotationImportReport {
  readonly fileName: string;
  readonly fingerprint: string;
  readonly comments: number;
  readonly added: number;
  readonly alreadyImported: number;
  readonly placedByAnchor: number;
  readonly placedByQuote: number;
  /** Comments that matched nothing: kept as `unplaced` annotations and listed here. */
  readonly unplaced: readonly {
    readonly commentId: string;
    readonly author: string;
    readonly text: string;
    readonly quotedText: string;
  }[];
}

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
