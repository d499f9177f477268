/** Unregistered-name warnings over the review's own text, and the reviewer's dismissals. */
import type { NameWarning } from '../../shared/domain/people';
import { findUnregisteredNames } from '../anonymise';
import { foldText } from '../anonymise/fold';
import { buildMatcher } from '../anonymise/matcher';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { loadAnonymisationRegister } from './register';
import { collectReviewText } from './review-text';

export function dismissedNameKeys(db: ReadableDb): Set<string> {
  return new Set(
    (db.prepare('SELECT name_key FROM name_warning_dismissal').all() as { name_key: string }[]).map((r) => r.name_key),
  );
}

export function nameWarningKey(name: string): string {
  return foldText(name)
    .trim()
    .replace(/['’]s$/u, '');
}

export function dismissNameWarning(db: WritableDb, name: string, actor: string): { dismissed: boolean } {
  const key = nameWarningKey(name);
  const result = db
    .prepare(
      'INSERT OR IGNORE INTO name_warning_dismissal (name_key, name, dismissed_at, dismissed_by) VALUES (?, ?, ?, ?)',
    )
    .run(key, name.trim(), nowIso(), actor);
  return { dismissed: result.changes > 0 };
}

export function listNameWarnings(db: ReadableDb): NameWarning[] {
  const register = loadAnonymisationRegister(db);
  return findUnregisteredNames(collectReviewText(db, register), buildMatcher(register), dismissedNameKeys(db));
}
