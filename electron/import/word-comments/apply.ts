import type { AnnotationImportReport } from '../../shared/domain/annotations';
import type { RichText } from '../../shared/lexical/types';
import { nowIso } from '../../core/store/clock';
import type { ReadableDb, WritableDb } from '../../core/store/db-types';
import { addAnnotation, type AnnotationTargetInput } from '../../core/annotations/annotations';
import { bookmarkedParagraphs } from './paragraphs';
import { placeComments, type PlacementContext, type PlannedTarget } from './place';
import type { ReturnedDocument, ThreadedComment } from './read-docx';

/** Reads what placement needs from the review: finding titles and body paragraphs, entry ids. */
export function placementContext(db: ReadableDb): PlacementContext {
  const findings = (
    db.prepare(`SELECT id, title, body_json FROM finding ORDER BY number`).all() as {
      id: number;
      title: string;
      body_json: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    title: row.title,
    paragraphs: bookmarkedParagraphs(row.body_json === null ? null : (JSON.parse(row.body_json) as RichText)),
  }));
  const ids = (sql: string): Set<number> => new Set((db.prepare(sql).all() as { id: number }[]).map((r) => r.id));
  return { findings, entryIds: ids(`SELECT id FROM entry`), recommendationIds: ids(`SELECT id FROM recommendation`) };
}

function toTargetInput(target: PlannedTarget): AnnotationTargetInput {
  switch (target.kind) {
    case 'finding':
      return { kind: 'finding', findingId: target.findingId };
    case 'paragraph':
      return { kind: 'paragraph', anchor: target.anchor };
    case 'entry':
      return { kind: 'entry', entryId: target.entryId };
    case 'unplaced':
      return { kind: 'unplaced' };
  }
}

/** Parents before replies, whatever order the file lists them in. */
function threadOrder(comments: readonly ThreadedComment[]): readonly ThreadedComment[] {
  const ordered: ThreadedComment[] = [];
  const placed = new Set<string>();
  let remaining = [...comments];
  while (remaining.length > 0) {
    const ready = remaining.filter(
      (c) => c.parentId === null || placed.has(c.parentId) || !comments.some((p) => p.id === c.parentId),
    );
    // A cycle in a damaged file: take the rest as they come rather than loop for ever.
    const batch = ready.length > 0 ? ready : remaining;
    for (const comment of batch) {
      ordered.push(comment);
      placed.add(comment.id);
    }
    remaining = remaining.filter((c) => !placed.has(c.id));
  }
  return ordered;
}

function validIsoOrNow(date: string): string {
  return date !== '' && !Number.isNaN(Date.parse(date)) ? date : nowIso();
}

/**
 * Files the comments of a returned document as annotations, in the caller's single write.
 * A comment already imported (same document fingerprint and comment id, or the same author, time
 * and text from a re-saved copy) is not added again.
 */
export function applyWordComments(
  db: WritableDb,
  document: ReturnedDocument,
  options: { readonly fileName: string; readonly authorAgency?: string },
): AnnotationImportReport {
  const placed = placeComments(document.comments, placementContext(db));
  const placementOf = new Map(placed.map((p) => [p.comment.id, p]));
  const annotationIdOf = new Map<string, number>();
  const bySource = db.prepare(`SELECT id FROM annotation WHERE source_fingerprint = ? AND source_comment_id = ?`);
  const byContent = db.prepare(
    `SELECT id FROM annotation WHERE author_name = ? AND created_at = ? AND body = ? AND source_comment_id IS NOT NULL`,
  );
  let added = 0;
  let alreadyImported = 0;
  let placedByAnchor = 0;
  let placedByQuote = 0;
  const unplaced: AnnotationImportReport['unplaced'][number][] = [];

  for (const comment of threadOrder(document.comments)) {
    const placement = placementOf.get(comment.id)!;
    const author =
      comment.author === '' ? (comment.initials === '' ? 'Unknown author' : comment.initials) : comment.author;
    const createdAt = validIsoOrNow(comment.date);
    const text = comment.text === '' ? '(empty comment)' : comment.text;
    const existing = (bySource.get(document.fingerprint, comment.id) ?? byContent.get(author, createdAt, text)) as
      { id: number } | undefined;
    if (existing) {
      annotationIdOf.set(comment.id, existing.id);
      alreadyImported += 1;
      continue;
    }
    const parentAnnotation = comment.parentId === null ? undefined : annotationIdOf.get(comment.parentId);
    const annotation = addAnnotation(db, {
      target: toTargetInput(placement.target),
      parentId: parentAnnotation ?? null,
      authorName: author,
      authorAgency: options.authorAgency ?? '',
      text,
      quotedText: comment.range?.quotedText ?? '',
      createdAt,
      status: comment.done ? 'resolved' : 'open',
      source: { fingerprint: document.fingerprint, commentId: comment.id },
    });
    annotationIdOf.set(comment.id, annotation.id);
    added += 1;
    if (placement.placedBy === 'anchor') placedByAnchor += 1;
    if (placement.placedBy === 'quote') placedByQuote += 1;
    if (placement.target.kind === 'unplaced' && comment.parentId === null) {
      unplaced.push({ commentId: comment.id, author, text, quotedText: comment.range?.quotedText ?? '' });
    }
  }
  return {
    fileName: options.fileName,
    fingerprint: document.fingerprint,
    comments: document.comments.length,
    added,
    alreadyImported,
    placedByAnchor,
    placedByQuote,
    unplaced,
  };
}
