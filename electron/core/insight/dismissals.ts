/**
 * Dismissed patterns, kept in the review with the reviewer's reason. Every change goes through
 * the audited `insight_dismissal` table, so the audit log shows who dismissed or restored what,
 * when, and why; a restore keeps the row (with `restored_at`) so the earlier reason stays readable.
 */
import type { InsightDismissal, InsightPattern } from '../../shared/domain/insight';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

interface DismissalRow {
  readonly id: string;
  readonly reason: string;
  readonly dismissed_at: string;
  readonly dismissed_by: string;
  readonly restored_at: string | null;
}

/** Dismissals in force (not restored), by pattern id. */
export function activeDismissals(db: ReadableDb): Map<string, InsightDismissal> {
  const rows = db
    .prepare(
      `SELECT id, reason, dismissed_at, dismissed_by, restored_at FROM insight_dismissal WHERE restored_at IS NULL`,
    )
    .all() as DismissalRow[];
  return new Map(
    rows.map((row) => [row.id, { reason: row.reason, dismissedAt: row.dismissed_at, dismissedBy: row.dismissed_by }]),
  );
}

export function dismissPattern(
  db: WritableDb,
  pattern: InsightPattern,
  reason: string,
  actor: string,
): InsightDismissal {
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new CasewrightError('validation', 'Give a reason for dismissing this pattern', {
      problems: [{ field: 'reason', reason: 'required' }],
    });
  }
  const at = nowIso();
  db.prepare(
    `INSERT INTO insight_dismissal (id, rule_id, title, evidence_json, reason, dismissed_at, dismissed_by, restored_at, restored_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, evidence_json = excluded.evidence_json, reason = excluded.reason,
       dismissed_at = excluded.dismissed_at, dismissed_by = excluded.dismissed_by, restored_at = NULL, restored_by = NULL`,
  ).run(pattern.id, pattern.ruleId, pattern.title, JSON.stringify(pattern.evidenceEntryIds), trimmed, at, actor);
  return { reason: trimmed, dismissedAt: at, dismissedBy: actor };
}

/** Brings a dismissed pattern back. Works even when the pattern no longer appears. */
export function restorePattern(db: WritableDb, patternId: string, actor: string): void {
  const result = db
    .prepare(`UPDATE insight_dismissal SET restored_at = ?, restored_by = ? WHERE id = ? AND restored_at IS NULL`)
    .run(nowIso(), actor, patternId);
  if (result.changes === 0) throw new CasewrightError('not-found', 'That pattern is not dismissed');
}
