import { describe, expect, it } from 'vitest';
import { openReviewFile } from '@core/store/open-review-file';
import { createReviewHandle, type ReviewHandle } from '@core/store/review-handle';
import { readReviewMeta, updateReviewMeta } from '@core/review/review-meta';
import { erasePermanently } from '@core/store/erasure';
import { writeAuditNote } from '@core/store/audit-triggers';
import { newReviewHandle } from '@test/helpers/review-handle';

/** Closes the review and opens the same file again, as a reviewer does the next morning. */
function reopen(path: string, handle: ReviewHandle): ReviewHandle {
  handle.close();
  return createReviewHandle('r2', path, openReviewFile(path).db, () => 'Reviewer A');
}

describe('undo history across closing and reopening a review', () => {
  it('offers the same undo and redo after reopening, and they work', () => {
    const { path, handle } = newReviewHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'Northfold' }));
    handle.write('Set author', (db) => updateReviewMeta(db, { author: 'Jo' }));
    handle.write('Set status', (db) => updateReviewMeta(db, { status: 'draft' }));
    handle.undo();
    const before = handle.history();
    expect(before).toEqual({ canUndo: true, canRedo: true, undoLabel: 'Set author', redoLabel: 'Set status' });

    const again = reopen(path, handle);
    expect(again.history()).toEqual(before);
    again.undo();
    expect(readReviewMeta(again.db)).toMatchObject({ partnership: 'Northfold', author: '' });
    again.redo();
    again.redo();
    expect(readReviewMeta(again.db)).toMatchObject({ partnership: 'Northfold', author: 'Jo', status: 'draft' });
    expect(again.history()).toMatchObject({ canRedo: false, undoLabel: 'Set status' });

    // And once more, after undoing everything: the creation of the review is never undone.
    again.undo();
    again.undo();
    again.undo();
    const third = reopen(path, again);
    expect(third.history()).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'Set partnership' });
    third.close();
  });

  it('does not reach past an import, which cannot be undone row by row', () => {
    const { path, handle } = newReviewHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'Northfold' }));
    handle.write(
      'Import police.csv',
      (db) => writeAuditNote(db, { table: 'entry', action: 'import', after: { count: 40, file: 'police.csv' } }),
      { rowAudit: false },
    );
    handle.write('Set author', (db) => updateReviewMeta(db, { author: 'Jo' }));
    const again = reopen(path, handle);
    expect(again.history()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Set author', redoLabel: null });
    again.undo();
    expect(again.history().canUndo).toBe(false);
    again.close();
  });

  it('stops at a change whose before-images were erased permanently', () => {
    const { path, handle } = newReviewHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'Northfold' }));
    handle.write('Set author', (db) => updateReviewMeta(db, { author: 'Jo' }));
    // Purge every before-image, as audit retention does once changes are old enough.
    handle.write('Remove audit history', (db) => db.prepare(`UPDATE audit_log SET before_json = NULL`).run(), {
      rowAudit: false,
      kind: 'edit',
    });
    const again = reopen(path, handle);
    expect(again.history().canUndo).toBe(false);
    expect(readReviewMeta(again.db)).toMatchObject({ partnership: 'Northfold', author: 'Jo' });
    again.close();
  });

  it('keeps the history usable after permanent erasure of deleted data', () => {
    const { path, handle } = newReviewHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'Northfold' }));
    erasePermanently(handle);
    handle.write('Set author', (db) => updateReviewMeta(db, { author: 'Jo' }));
    const again = reopen(path, handle);
    expect(again.history().undoLabel).toBe('Set author');
    again.undo();
    expect(readReviewMeta(again.db)).toMatchObject({ author: '' });
    again.close();
  });
});
