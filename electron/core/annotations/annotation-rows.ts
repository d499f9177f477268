import {
  parseAnchor,
  type Annotation,
  type AnnotationStatus,
  type AnnotationTarget,
} from '../../shared/domain/annotations';

export interface AnnotationRow {
  readonly id: number;
  readonly target_kind: 'finding' | 'paragraph' | 'entry' | 'unplaced';
  readonly finding_id: number | null;
  readonly entry_id: number | null;
  readonly anchor: string | null;
  readonly quoted_text: string;
  readonly parent_id: number | null;
  readonly author_name: string;
  readonly author_agency: string;
  readonly author_role: string;
  readonly created_at: string;
  readonly body: string;
  readonly status: AnnotationStatus;
  readonly source_fingerprint: string | null;
  readonly source_comment_id: string | null;
  /** Joined for display. */
  readonly finding_number: number | null;
  readonly finding_title: string | null;
}

export const annotationSelect = `
  SELECT a.id, a.target_kind, a.finding_id, a.entry_id, a.anchor, a.quoted_text, a.parent_id,
         a.author_name, a.author_agency, a.author_role, a.created_at, a.body, a.status,
         a.source_fingerprint, a.source_comment_id, f.number AS finding_number, f.title AS finding_title
  FROM annotation a LEFT JOIN finding f ON f.id = a.finding_id`;

function targetOf(row: AnnotationRow, entryLabel: (id: number) => string | null): AnnotationTarget {
  switch (row.target_kind) {
    case 'finding':
      return {
        kind: 'finding',
        findingId: row.finding_id,
        findingNumber: row.finding_number,
        findingTitle: row.finding_title,
      };
    case 'entry':
      return {
        kind: 'entry',
        entryId: row.entry_id,
        entryLabel: row.entry_id === null ? null : entryLabel(row.entry_id),
      };
    case 'paragraph': {
      const anchor = row.anchor === null ? null : parseAnchor(row.anchor);
      if (anchor === null || anchor.kind !== 'paragraph') return { kind: 'unplaced' };
      return {
        kind: 'paragraph',
        anchor: anchor.name,
        ownerKind: anchor.ownerKind,
        ownerId: anchor.ownerId,
        paragraph: anchor.paragraph,
        findingId: row.finding_id,
        findingNumber: row.finding_number,
      };
    }
    case 'unplaced':
      return { kind: 'unplaced' };
  }
}

export function rowToAnnotation(
  row: AnnotationRow,
  replies: readonly Annotation[],
  entryLabel: (id: number) => string | null,
): Annotation {
  return {
    id: row.id,
    target: targetOf(row, entryLabel),
    parentId: row.parent_id,
    authorName: row.author_name,
    authorAgency: row.author_agency,
    authorRole: row.author_role,
    createdAt: row.created_at,
    text: row.body,
    quotedText: row.quoted_text,
    status: row.status,
    source:
      row.source_fingerprint === null || row.source_comment_id === null
        ? null
        : { fingerprint: row.source_fingerprint, commentId: row.source_comment_id },
    replies,
  };
}
