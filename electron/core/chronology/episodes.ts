import { optionalVagueDate } from '../../shared/dates';
import type { KeyPracticeEpisode, VagueDate } from '../../shared/domain/chronology';
import { CasewrightError } from '../../shared/errors';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

/** Key practice episodes: titled groups of entries with a period and the review's analysis. */

interface EpisodeRow {
  readonly id: number;
  readonly title: string;
  readonly period_from_json: string | null;
  readonly period_to_json: string | null;
  readonly analysis: string;
}

export interface EpisodeFields {
  readonly title?: string;
  readonly periodFrom?: string | null;
  readonly periodTo?: string | null;
  readonly analysis?: string;
  readonly entryIds?: readonly number[];
}

function toEpisode(db: ReadableDb, row: EpisodeRow): KeyPracticeEpisode {
  const entryIds = db
    .prepare(
      `SELECT x.entry_id FROM episode_entry x JOIN entry e ON e.id = x.entry_id
       WHERE x.episode_id = ? ORDER BY e.date_earliest, e.date_latest, e.id`,
    )
    .pluck()
    .all(row.id) as number[];
  return {
    id: row.id,
    title: row.title,
    periodFrom: row.period_from_json === null ? null : (JSON.parse(row.period_from_json) as VagueDate),
    periodTo: row.period_to_json === null ? null : (JSON.parse(row.period_to_json) as VagueDate),
    analysis: row.analysis,
    entryIds,
  };
}

export function listEpisodes(db: ReadableDb): KeyPracticeEpisode[] {
  const rows = db
    .prepare(
      "SELECT id, title, period_from_json, period_to_json, analysis FROM episode ORDER BY coalesce(period_earliest, '9999'), id",
    )
    .all() as EpisodeRow[];
  return rows.map((row) => toEpisode(db, row));
}

export function getEpisode(db: ReadableDb, id: number): KeyPracticeEpisode {
  const row = db
    .prepare('SELECT id, title, period_from_json, period_to_json, analysis FROM episode WHERE id = ?')
    .get(id) as EpisodeRow | undefined;
  if (!row) throw new CasewrightError('not-found', `There is no key practice episode ${id}`);
  return toEpisode(db, row);
}

function checkEntries(db: ReadableDb, ids: readonly number[]): void {
  const found = new Set(
    db
      .prepare('SELECT id FROM entry WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(ids)) as number[],
  );
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new CasewrightError('not-found', `There is no chronology entry ${missing.join(', ')}`);
}

function period(from: VagueDate | null, to: VagueDate | null): { earliest: string | null; latest: string | null } {
  if (from && to && to.latest < from.earliest) {
    throw new CasewrightError('validation', 'periodTo: the period ends before it starts', {
      problems: [{ field: 'periodTo', reason: 'the period ends before it starts' }],
    });
  }
  return { earliest: from?.earliest ?? to?.earliest ?? null, latest: to?.latest ?? from?.latest ?? null };
}

export function createEpisode(db: WritableDb, fields: EpisodeFields & { title: string }): KeyPracticeEpisode {
  const from = optionalVagueDate(fields.periodFrom, 'periodFrom');
  const to = optionalVagueDate(fields.periodTo, 'periodTo');
  const bounds = period(from, to);
  const now = nowIso();
  const id = Number(
    db
      .prepare(
        `INSERT INTO episode (title, period_from_json, period_to_json, period_earliest, period_latest, analysis, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        fields.title.trim(),
        from && JSON.stringify(from),
        to && JSON.stringify(to),
        bounds.earliest,
        bounds.latest,
        fields.analysis ?? '',
        now,
        now,
      ).lastInsertRowid,
  );
  if (fields.entryIds && fields.entryIds.length > 0) assignEntries(db, id, fields.entryIds, false);
  return getEpisode(db, id);
}

export function updateEpisode(db: WritableDb, id: number, fields: EpisodeFields): KeyPracticeEpisode {
  const current = getEpisode(db, id);
  const from =
    fields.periodFrom === undefined ? current.periodFrom : optionalVagueDate(fields.periodFrom, 'periodFrom');
  const to = fields.periodTo === undefined ? current.periodTo : optionalVagueDate(fields.periodTo, 'periodTo');
  const bounds = period(from, to);
  db.prepare(
    `UPDATE episode SET title = ?, period_from_json = ?, period_to_json = ?, period_earliest = ?, period_latest = ?, analysis = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    fields.title?.trim() ?? current.title,
    from && JSON.stringify(from),
    to && JSON.stringify(to),
    bounds.earliest,
    bounds.latest,
    fields.analysis ?? current.analysis,
    nowIso(),
    id,
  );
  if (fields.entryIds !== undefined) {
    checkEntries(db, fields.entryIds);
    const keep = new Set(fields.entryIds);
    const gone = current.entryIds.filter((entryId) => !keep.has(entryId));
    if (gone.length > 0) assignEntries(db, id, gone, true);
    const added = fields.entryIds.filter((entryId) => !current.entryIds.includes(entryId));
    if (added.length > 0) assignEntries(db, id, added, false);
  }
  return getEpisode(db, id);
}

export function deleteEpisode(db: WritableDb, id: number): number {
  getEpisode(db, id);
  // Links first, so the audit log holds each and undo restores the episode with its entries.
  db.prepare('DELETE FROM episode_entry WHERE episode_id = ?').run(id);
  return db.prepare('DELETE FROM episode WHERE id = ?').run(id).changes;
}

export function assignEntries(
  db: WritableDb,
  episodeId: number,
  entryIds: readonly number[],
  remove: boolean,
): KeyPracticeEpisode {
  getEpisode(db, episodeId);
  checkEntries(db, entryIds);
  const statement = remove
    ? db.prepare('DELETE FROM episode_entry WHERE episode_id = ? AND entry_id = ?')
    : db.prepare('INSERT OR IGNORE INTO episode_entry (episode_id, entry_id) VALUES (?, ?)');
  for (const entryId of entryIds) statement.run(episodeId, entryId);
  return getEpisode(db, episodeId);
}
