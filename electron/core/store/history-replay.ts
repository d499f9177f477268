import type { ReadableDb } from './db-types';

export interface UndoStep {
  readonly groupId: number;
  readonly label: string;
}

interface GroupRow {
  readonly id: number;
  readonly label: string;
  readonly kind: string;
  readonly reverts_group_id: number | null;
  /** Row changes in the group. */
  readonly changes: number;
  /** Row changes whose images were purged (erasure, audit retention): they can no longer be reverted. */
  readonly missing: number;
}

/**
 * The undo and redo stacks as they stood when the review was last closed, rebuilt from the
 * change groups in the file, so closing and reopening a review keeps its undo history. The rules
 * are those the open review follows as it writes (see `createReviewHandle`): an edit with row
 * changes is pushed and empties redo; an undo moves its step to redo; a redo moves it back; an
 * import or a file-format migration empties both. Steps whose audit images were purged since
 * (permanent erasure, audit retention) cannot be reverted faithfully: undo stops above them.
 */
export function replayHistory(db: ReadableDb): { undo: UndoStep[]; redo: UndoStep[] } {
  const groups = db
    .prepare(
      `SELECT g.id, g.label, g.kind, g.reverts_group_id,
         count(a.id) AS changes,
         sum(CASE WHEN (a.action = 'update' AND (a.before_json IS NULL OR a.after_json IS NULL))
                    OR (a.action = 'delete' AND a.before_json IS NULL)
                    OR (a.action = 'insert' AND a.after_json IS NULL) THEN 1 ELSE 0 END) AS missing
       FROM change_group g
       LEFT JOIN audit_log a ON a.group_id = g.id AND a.action IN ('insert', 'update', 'delete')
       GROUP BY g.id ORDER BY g.id`,
    )
    .all() as GroupRow[];
  const undo: UndoStep[] = [];
  const redo: UndoStep[] = [];
  const intact = new Set<number>();
  for (const group of groups) {
    if ((group.missing ?? 0) === 0) intact.add(group.id);
    switch (group.kind) {
      case 'edit':
        if (group.changes > 0) {
          undo.push({ groupId: group.id, label: group.label });
          redo.length = 0;
        }
        break;
      case 'undo':
      case 'redo': {
        // An undo reverts the newest undo step and makes it redoable; a redo, the other way round.
        const [from, to] = group.kind === 'undo' ? [undo, redo] : [redo, undo];
        const step = from.at(-1);
        if (step === undefined || step.groupId !== group.reverts_group_id) {
          // Not the history this replay built (a file written by another version): start afresh.
          undo.length = 0;
          redo.length = 0;
          break;
        }
        from.pop();
        to.push({ groupId: group.id, label: step.label });
        break;
      }
      case 'create':
        break;
      default:
        // Imports and migrations cannot be undone row by row, and nothing before them can be either.
        undo.length = 0;
        redo.length = 0;
    }
  }
  return { undo: keepIntactTop(undo, intact), redo: keepIntactTop(redo, intact) };
}

/** The top of a stack down to (not including) the first step whose images are gone. */
function keepIntactTop(stack: readonly UndoStep[], intact: ReadonlySet<number>): UndoStep[] {
  let from = stack.length;
  while (from > 0 && intact.has(stack[from - 1]!.groupId)) from--;
  return stack.slice(from);
}
