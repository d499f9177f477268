import { installAuditTriggers } from '../audit-triggers';
import type { Migration } from './migration';

/**
 * A protected characteristic carries the reviewer's own words beside its state and value:
 * `characteristic.detail` — which disability or condition, which denomination, how a
 * pregnancy bore on events. The value lists stay the basis of every count; the detail is for
 * the analysis, so it is free text, optional, and never blank when present.
 */
const migration: Migration = {
  version: 12,
  name: 'characteristic-detail',
  up(db) {
    db.exec(`ALTER TABLE characteristic ADD COLUMN detail TEXT CHECK (detail IS NULL OR trim(detail) <> '');`);
    // The audit triggers list the table's columns: reinstall them so undo restores the detail too.
    installAuditTriggers(db, 'characteristic');
  },
};

export default migration;
