import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * A recorded protected characteristic keeps the value list as it stood when it was recorded.
 *
 * `characteristic.list_version` — the version of the value list (templates/characteristics) the
 * value was chosen from; `characteristic.value_label` — the chosen option's wording in that
 * version. A later list may reword an option ("Christian" became "Christian (all denominations)"
 * in the 2021 Census wording) or a board may edit its own list; the review goes on showing what
 * was chosen. Rows recorded before this migration have neither and read from the current list.
 */
const migration: Migration = {
  version: 7,
  name: 'characteristic-recorded-with',
  up(db) {
    db.exec(`
      ALTER TABLE characteristic ADD COLUMN list_version TEXT CHECK (list_version IS NULL OR trim(list_version) <> '');
      ALTER TABLE characteristic ADD COLUMN value_label TEXT CHECK (value_label IS NULL OR trim(value_label) <> '');
    `);
    // The audit triggers list the table's columns: reinstall them so undo restores the new ones too.
    installAuditTriggers(db, 'characteristic');
  },
};

export default migration;
