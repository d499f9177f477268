import { CasewrightError } from '../../shared/errors';
import type { RemovedImport } from '../../shared/domain/chronology';
import { deleteEntries } from '../../core/chronology/entries';
import { writeAuditNote } from '../../core/store/audit-triggers';
import { nowIso } from '../../core/store/clock';
import type { WritableDb } from '../../core/store/db-types';
import { revertGroup } from '../../core/store/revert-group';

interface BatchRow {
  readonly id: number;
  readonly file_name: string;
  readonly agency_name: string;
  readonly removed_at: string | null;
  readonly removed_group_id: number | null;
}

function batchOf(db: WritableDb, importId: number): BatchRow {
  const batch = db
    .prepare('SELECT id, file_name, agency_name, removed_at, removed_group_id FROM import_batch WHERE id = ?')
    .get(importId) as BatchRow | undefined;
  if (batch === undefined) throw new CasewrightError('not-found', `There is no import ${importId} in this review`);
  return batch;
}

/**
 * Takes a whole import out of the review: its entries with their extra fields, child contact,
 * links and duplicate flags. Every row is deleted through the audited path, so the removal is one
 * change group that Undo reverts, and `restoreImport` can revert it later, even after the review
 * was closed and reopened (the batch remembers the group). The import report stays, marked removed.
 * Run inside `ReviewHandle.write` with row audit on.
 */
export function removeImport(db: WritableDb, importId: number, actor: string): RemovedImport {
  const batch = batchOf(db, importId);
  if (batch.removed_at !== null) {
    throw new CasewrightError(
      'refused',
      `The import of ${batch.file_name} (${batch.agency_name}) was already taken out`,
    );
  }
  const ids = db.prepare('SELECT id FROM entry WHERE import_id = ? ORDER BY id').pluck().all(importId) as number[];
  if (ids.length > 0) deleteEntries(db, ids);
  db.prepare(
    'UPDATE import_batch SET removed_at = ?, removed_by = ?, removed_group_id = (SELECT group_id FROM current_change WHERE id = 1) WHERE id = ?',
  ).run(nowIso(), actor, importId);
  writeAuditNote(db, {
    table: 'import_batch',
    action: 'remove-import',
    rowKey: importId,
    after: { file: batch.file_name, agency: batch.agency_name, entries: ids.length },
  });
  return { importId, fileName: batch.file_name, agency: batch.agency_name, entries: ids.length };
}

/** Puts a removed import back exactly as it was, by reverting the change group that removed it. */
export function restoreImport(db: WritableDb, importId: number): RemovedImport {
  const batch = batchOf(db, importId);
  if (batch.removed_at === null || batch.removed_group_id === null) {
    throw new CasewrightError(
      'refused',
      `The import of ${batch.file_name} (${batch.agency_name}) is in the review; there is nothing to put back`,
    );
  }
  revertGroup(db, batch.removed_group_id);
  const entries = db.prepare('SELECT count(*) FROM entry WHERE import_id = ?').pluck().get(importId) as number;
  writeAuditNote(db, {
    table: 'import_batch',
    action: 'restore-import',
    rowKey: importId,
    after: { file: batch.file_name, agency: batch.agency_name, entries },
  });
  return { importId, fileName: batch.file_name, agency: batch.agency_name, entries };
}
