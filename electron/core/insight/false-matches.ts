/**
 * False matches: the reviewer says a matched entry is not what the rule is about ("threatened to
 * kill himself" read as a threat to kill). Kept per review in the audited `insight_false_match`
 * table; every later run leaves the entry out of that rule's matches (see `rules/excluded.ts`).
 * Unmarking keeps the row with `restored_at`, so the audit trail and the reason stay readable.
 */
import {
  INSIGHT_RULE_IDS,
  type InsightFalseMatch,
  type InsightPattern,
  type InsightRuleId,
} from '../../shared/domain/insight';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

interface Row {
  readonly rule_id: string;
  readonly entry_id: number;
  readonly reason: string;
  readonly marked_at: string;
  readonly marked_by: string;
}

function isRuleId(value: string): value is InsightRuleId {
  return (INSIGHT_RULE_IDS as readonly string[]).includes(value);
}

export function activeFalseMatches(db: ReadableDb): InsightFalseMatch[] {
  const rows = db
    .prepare(
      `SELECT rule_id, entry_id, reason, marked_at, marked_by FROM insight_false_match WHERE restored_at IS NULL ORDER BY id`,
    )
    .all() as Row[];
  return rows
    .filter((row) => isRuleId(row.rule_id))
    .map((row) => ({
      ruleId: row.rule_id as InsightRuleId,
      entryId: String(row.entry_id),
      reason: row.reason,
      markedAt: row.marked_at,
      markedBy: row.marked_by,
    }));
}

/** By rule id, the entries the rule must not match. */
export function falseMatchIndex(marks: readonly InsightFalseMatch[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const mark of marks) {
    const set = index.get(mark.ruleId) ?? new Set<string>();
    set.add(mark.entryId);
    index.set(mark.ruleId, set);
  }
  return index;
}

/** Marks `entryId` as a false match for the pattern's rule (and the rules merged into it). */
export function markFalseMatch(
  db: WritableDb,
  pattern: InsightPattern,
  entryId: string,
  reason: string,
  actor: string,
): InsightFalseMatch[] {
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new CasewrightError('validation', 'Say why this entry is not a match', {
      problems: [{ field: 'reason', reason: 'required' }],
    });
  }
  const match = pattern.matches.find((candidate) => candidate.entryId === entryId);
  if (match === undefined) {
    throw new CasewrightError(
      'validation',
      'That entry is not one the pattern matched; only matched entries can be marked as false matches',
      {
        problems: [{ field: 'entryId', reason: 'not matched by this pattern' }],
      },
    );
  }
  const at = nowIso();
  const rules = [pattern.ruleId, ...pattern.also.map((also) => also.ruleId)];
  const insert = db.prepare(
    `INSERT INTO insight_false_match (rule_id, entry_id, words_json, reason, marked_at, marked_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (rule_id, entry_id) WHERE restored_at IS NULL DO UPDATE SET reason = excluded.reason, marked_at = excluded.marked_at, marked_by = excluded.marked_by`,
  );
  for (const ruleId of new Set(rules))
    insert.run(ruleId, Number(entryId), JSON.stringify(match.words), trimmed, at, actor);
  return [...new Set(rules)].map((ruleId) => ({ ruleId, entryId, reason: trimmed, markedAt: at, markedBy: actor }));
}

export function unmarkFalseMatch(db: WritableDb, ruleId: InsightRuleId, entryId: string, actor: string): void {
  const result = db
    .prepare(
      `UPDATE insight_false_match SET restored_at = ?, restored_by = ? WHERE rule_id = ? AND entry_id = ? AND restored_at IS NULL`,
    )
    .run(nowIso(), actor, ruleId, Number(entryId));
  if (result.changes === 0)
    throw new CasewrightError('not-found', 'That entry is not marked as a false match for this rule');
}
