/**
 * The thresholds a review uses: the shipped defaults, or the review's own copy when the reviewer
 * tuned them. The copy is kept whole (not as a diff) so a review keeps behaving the same when the
 * app ships new defaults; it is re-validated on every read, and an invalid copy is reported, not
 * silently replaced.
 */
import type { InsightThresholds, InsightThresholdsState } from '../../shared/domain/insight';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { loadDefaultThresholds, parseThresholds } from './thresholds';

export function thresholdsState(db: ReadableDb, templatesDir: string): InsightThresholdsState {
  const defaults = loadDefaultThresholds(templatesDir);
  const row = db.prepare(`SELECT thresholds_json FROM insight_threshold_override WHERE id = 1`).get() as
    { thresholds_json: string } | undefined;
  if (row === undefined) return { defaults, effective: defaults, source: 'defaults' };
  const saved = parseThresholds(JSON.parse(row.thresholds_json), 'this review', 'corrupt');
  return { defaults, effective: withShippedReading(saved, defaults), source: 'review' };
}

/**
 * Thresholds saved before the reading vocabulary existed read free text with the shipped one, and a
 * reading saved before reported speech and acts were read takes those parts from the shipped one.
 */
function withShippedReading(saved: InsightThresholds, defaults: InsightThresholds): InsightThresholds {
  const shipped = defaults.reading;
  if (shipped === undefined) return saved;
  if (saved.reading === undefined) return { ...saved, reading: shipped };
  if (saved.reading.speech !== undefined && saved.reading.acts !== undefined) return saved;
  return {
    ...saved,
    reading: {
      ...saved.reading,
      speech: saved.reading.speech ?? shipped.speech,
      acts: saved.reading.acts ?? shipped.acts,
    },
  };
}

export function saveThresholds(db: WritableDb, thresholds: InsightThresholds, actor: string): void {
  const validated = parseThresholds(thresholds, 'the thresholds given');
  db.prepare(
    `INSERT INTO insight_threshold_override (id, thresholds_json, updated_at, updated_by) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET thresholds_json = excluded.thresholds_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(JSON.stringify(validated), nowIso(), actor);
}

export function clearThresholds(db: WritableDb): void {
  db.prepare(`DELETE FROM insight_threshold_override WHERE id = 1`).run();
}
