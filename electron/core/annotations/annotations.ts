import { CasewrightError } from '../../shared/errors';
import { parseAnchor, type Annotation, type AnnotationStatus } from '../../shared/domain/annotations';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { describeEntries } from '../findings/chronology-lookup';
import { annotationSelect, rowToAnnotation, type AnnotationRow } from './annotation-rows';

export type AnnotationTargetInput =
  | { readonly kind: 'finding'; readonly findingId: number }
  | { readonly kind: 'paragraph'; readonly anchor: string }
  | { readonly kind: 'entry'; readonly entryId: number }
  | { readonly kind: 'unplaced' };

export interface AnnotationInput {
  readonly target: AnnotationTargetInput;
  readonly authorName: string;
  readonly authorAgency?: string;
  readonly authorRole?: string;
  readonly text: string;
  readonly quotedText?: string;
  readonly status?: AnnotationStatus;
  /** ISO date-time; defaults to now. */
  readonly createdAt?: string;
  readonly parentId?: number | null;
  readonly source?: { readonly fingerprint: string; readonly commentId: string } | null;
}

export interface AnnotationFilter {
  readonly status?: AnnotationStatus;
  readonly findingId?: number;
}

/**
 * Threads of annotations, oldest first. The status filter applies to the thread's first comment
 * (the reviewer resolves a thread, not each reply).
 */
export function listAnnotations(db: ReadableDb, filter: AnnotationFilter = {}): readonly Annotation[] {
  const rows = db.prepare(`${annotationSelect} ORDER BY a.created_at, a.id`).all() as AnnotationRow[];
  const entryIds = [...new Set(rows.map((r) => r.entry_id).filter((id): id is number => id !== null))];
  const labels = describeEntries(db, entryIds);
  const entryLabel = (id: number): string | null => labels.get(id)?.label ?? null;
  const children = new Map<number, AnnotationRow[]>();
  for (const row of rows) {
    if (row.parent_id === null) continue;
    const list = children.get(row.parent_id) ?? [];
    list.push(row);
    children.set(row.parent_id, list);
  }
  const build = (row: AnnotationRow): Annotation =>
    rowToAnnotation(row, (children.get(row.id) ?? []).map(build), entryLabel);
  return rows
    .filter((row) => row.parent_id === null)
    .filter((row) => filter.status === undefined || row.status === filter.status)
    .filter((row) => filter.findingId === undefined || row.finding_id === filter.findingId)
    .map(build);
}

export function getAnnotation(db: ReadableDb, id: number): Annotation {
  const row = db.prepare(`${annotationSelect} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  if (!row) throw new CasewrightError('not-found', `There is no annotation with id ${id}.`);
  const labels = describeEntries(db, row.entry_id === null ? [] : [row.entry_id]);
  const replies = (
    db.prepare(`SELECT id FROM annotation WHERE parent_id = ? ORDER BY created_at, id`).all(id) as { id: number }[]
  ).map((r) => getAnnotation(db, r.id));
  return rowToAnnotation(row, replies, (entryId) => labels.get(entryId)?.label ?? null);
}

interface TargetColumns {
  readonly kind: 'finding' | 'paragraph' | 'entry' | 'unplaced';
  readonly findingId: number | null;
  readonly entryId: number | null;
  readonly anchor: string | null;
}

function targetColumns(db: ReadableDb, target: AnnotationTargetInput): TargetColumns {
  switch (target.kind) {
    case 'finding':
      if (!db.prepare(`SELECT 1 FROM finding WHERE id = ?`).get(target.findingId)) {
        throw new CasewrightError('not-found', `There is no finding with id ${target.findingId}.`);
      }
      return { kind: 'finding', findingId: target.findingId, entryId: null, anchor: null };
    case 'entry':
      if (!db.prepare(`SELECT 1 FROM entry WHERE id = ?`).get(target.entryId)) {
        throw new CasewrightError('not-found', `There is no chronology entry with id ${target.entryId}.`);
      }
      return { kind: 'entry', findingId: null, entryId: target.entryId, anchor: null };
    case 'paragraph': {
      const anchor = parseAnchor(target.anchor);
      if (anchor === null || anchor.kind !== 'paragraph') {
        throw new CasewrightError(
          'validation',
          `"${target.anchor}" is not a paragraph anchor (cw_p_<f|s|r>_<owner>_<n>).`,
          {
            problems: [{ field: 'target.anchor', reason: 'not a paragraph anchor' }],
          },
        );
      }
      const findingId = anchor.ownerKind === 'f' ? Number(anchor.ownerId) : null;
      if (findingId !== null && !db.prepare(`SELECT 1 FROM finding WHERE id = ?`).get(findingId)) {
        throw new CasewrightError('not-found', `There is no finding with id ${findingId}.`);
      }
      return { kind: 'paragraph', findingId, entryId: null, anchor: anchor.name };
    }
    case 'unplaced':
      return { kind: 'unplaced', findingId: null, entryId: null, anchor: null };
  }
}

export function addAnnotation(db: WritableDb, input: AnnotationInput): Annotation {
  const text = input.text.trim();
  if (text === '')
    throw new CasewrightError('validation', 'An annotation needs some text.', {
      problems: [{ field: 'text', reason: 'required' }],
    });
  const author = input.authorName.trim();
  if (author === '')
    throw new CasewrightError('validation', 'An annotation needs an author.', {
      problems: [{ field: 'authorName', reason: 'required' }],
    });
  let target = targetColumns(db, input.target);
  const parentId = input.parentId ?? null;
  if (parentId !== null) {
    // A reply is about the same thing as the comment it answers.
    const parent = db
      .prepare(`SELECT target_kind, finding_id, entry_id, anchor FROM annotation WHERE id = ?`)
      .get(parentId) as
      | {
          target_kind: TargetColumns['kind'];
          finding_id: number | null;
          entry_id: number | null;
          anchor: string | null;
        }
      | undefined;
    if (!parent) throw new CasewrightError('not-found', `There is no annotation with id ${parentId} to reply to.`);
    target = {
      kind: parent.target_kind,
      findingId: parent.finding_id,
      entryId: parent.entry_id,
      anchor: parent.anchor,
    };
  }
  const result = db
    .prepare(
      `INSERT INTO annotation (target_kind, finding_id, entry_id, anchor, quoted_text, parent_id, author_name, author_agency,
         author_role, created_at, body, status, source_fingerprint, source_comment_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      target.kind,
      target.findingId,
      target.entryId,
      target.anchor,
      input.quotedText ?? '',
      parentId,
      author,
      input.authorAgency?.trim() ?? '',
      input.authorRole?.trim() ?? '',
      input.createdAt ?? nowIso(),
      text,
      input.status ?? 'open',
      input.source?.fingerprint ?? null,
      input.source?.commentId ?? null,
    );
  return getAnnotation(db, Number(result.lastInsertRowid));
}

export function replyToAnnotation(
  db: WritableDb,
  parentId: number,
  reply: {
    readonly authorName: string;
    readonly authorAgency?: string;
    readonly authorRole?: string;
    readonly text: string;
  },
): Annotation {
  return addAnnotation(db, { ...reply, target: { kind: 'unplaced' }, parentId });
}

export function setAnnotationStatus(db: WritableDb, id: number, status: AnnotationStatus): Annotation {
  const result = db.prepare(`UPDATE annotation SET status = ? WHERE id = ?`).run(status, id);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no annotation with id ${id}.`);
  return getAnnotation(db, id);
}

export function updateAnnotationText(db: WritableDb, id: number, text: string): Annotation {
  if (text.trim() === '')
    throw new CasewrightError('validation', 'An annotation needs some text.', {
      problems: [{ field: 'text', reason: 'required' }],
    });
  const result = db.prepare(`UPDATE annotation SET body = ? WHERE id = ?`).run(text.trim(), id);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no annotation with id ${id}.`);
  return getAnnotation(db, id);
}

/** Moves an annotation (and its replies) to another target, e.g. placing an unplaced comment. */
export function retargetAnnotation(db: WritableDb, id: number, target: AnnotationTargetInput): Annotation {
  const columns = targetColumns(db, target);
  const update = db.prepare(
    `UPDATE annotation SET target_kind = ?, finding_id = ?, entry_id = ?, anchor = ? WHERE id = ?`,
  );
  const move = (annotationId: number): void => {
    update.run(columns.kind, columns.findingId, columns.entryId, columns.anchor, annotationId);
    for (const child of db.prepare(`SELECT id FROM annotation WHERE parent_id = ?`).all(annotationId) as {
      id: number;
    }[])
      move(child.id);
  };
  if (!db.prepare(`SELECT 1 FROM annotation WHERE id = ?`).get(id))
    throw new CasewrightError('not-found', `There is no annotation with id ${id}.`);
  move(id);
  return getAnnotation(db, id);
}

export function deleteAnnotation(db: WritableDb, id: number): void {
  const result = db.prepare(`DELETE FROM annotation WHERE id = ?`).run(id);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no annotation with id ${id}.`);
}
