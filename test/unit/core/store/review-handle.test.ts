import { describe, expect, it } from 'vitest';
import { readReviewMeta, updateReviewMeta } from '@core/review/review-meta';
import { listAudit } from '@core/review/review-info';
import { writeAuditNote } from '@core/store/audit-triggers';
import { newReviewHandle } from '@test/helpers/review-handle';

function newHandle(actor = 'Reviewer A') {
  return newReviewHandle(actor).handle;
}

describe('review handle: transactions, audit, undo and redo', () => {
  it('records who changed what, with the values before and after', () => {
    const handle = newHandle('Jo Reviewer');
    handle.write('Edit review details', (db) => updateReviewMeta(db, { partnership: 'Northfold Partnership' }));
    const latest = listAudit(handle.db, { limit: 1 })[0]!;
    expect(latest).toMatchObject({
      actor: 'Jo Reviewer',
      label: 'Edit review details',
      table: 'review',
      action: 'update',
    });
    expect((latest.before as { partnership: string }).partnership).toBe('');
    expect((latest.after as { partnership: string }).partnership).toBe('Northfold Partnership');
  });

  it('does not offer the creation of a review as something to undo', () => {
    const handle = newHandle();
    expect(handle.history()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
  });

  it('undoes and redoes changes in order, and a new change clears redo', () => {
    const handle = newHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'One' }));
    handle.write('Set author', (db) => updateReviewMeta(db, { author: 'Two' }));
    expect(handle.history().undoLabel).toBe('Set author');

    handle.undo();
    expect(readReviewMeta(handle.db)).toMatchObject({ partnership: 'One', author: '' });
    handle.undo();
    expect(readReviewMeta(handle.db)).toMatchObject({ partnership: '', author: '' });
    expect(handle.history()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Set partnership' });

    handle.redo();
    expect(readReviewMeta(handle.db).partnership).toBe('One');
    handle.write('Set title', (db) => updateReviewMeta(db, { title: 'Child Q (revised)' }));
    expect(handle.history().canRedo).toBe(false);
    expect(() => handle.redo()).toThrow(/nothing to redo/);
  });

  it('records undo itself in the audit log', () => {
    const handle = newHandle('Sam');
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'One' }));
    handle.undo();
    const latest = listAudit(handle.db, { limit: 1 })[0]!;
    expect(latest).toMatchObject({ label: 'Undo Set partnership', kind: 'undo', actor: 'Sam', action: 'update' });
  });

  it('rolls back everything when work fails part-way', () => {
    const handle = newHandle();
    expect(() =>
      handle.write('Two edits', (db) => {
        updateReviewMeta(db, { partnership: 'Half-done' });
        throw new Error('failed in the middle');
      }),
    ).toThrow('failed in the middle');
    expect(readReviewMeta(handle.db).partnership).toBe('');
    expect(handle.history().canUndo).toBe(false);
  });

  it('bulk work without row audit keeps one summary note and clears the undo history', () => {
    const handle = newHandle();
    handle.write('Set partnership', (db) => updateReviewMeta(db, { partnership: 'One' }));
    handle.write(
      'Import 3 entries',
      (db) => {
        updateReviewMeta(db, { author: 'Imported' });
        writeAuditNote(db, { table: 'entry', action: 'import', after: { count: 3, file: 'police.csv' } });
      },
      { rowAudit: false },
    );
    const latest = listAudit(handle.db, { limit: 2 });
    expect(latest.map((entry) => entry.action)).toEqual(['import', 'update']);
    expect(latest[0]!.after).toEqual({ count: 3, file: 'police.csv' });
    expect(handle.history().canUndo).toBe(false);
  });
});
