/**
 * Search across reviews: one full-text index (FTS5) in the board's cached index, holding the
 * chronology entries, findings and recommendations of every review in the library as
 * publication text (names already replaced by pseudonyms). A review is indexed the first time it
 * is searched and again whenever its file changes.
 */
import { readFileSync } from 'node:fs';
import type { ReviewDigest, SearchGroup, SearchHit } from '../../shared/domain/board';
import { createAnonymiser } from '../../core/anonymise';
import { toFtsQuery } from '../../core/chronology/fts-query';
import { listIdentifiers } from '../../core/people/identifiers';
import { listPeople } from '../../core/people/person-rows';
import { asReadable } from '../../core/store/db-types';
import type { LibraryIndex } from '../library/library-index';
import { openCopy, type FileStamp } from '../library/read-review';

interface EntryRow {
  readonly id: number;
  readonly date_original: string;
  readonly agency: string;
  readonly summary: string;
  readonly action_taken: string;
  readonly outcome: string;
  readonly analysis: string;
}

function entriesOf(path: string): { ref: number; label: string; body: string }[] {
  const db = openCopy(readFileSync(path));
  try {
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
    if (!tables.has('entry') || !tables.has('agency')) return [];
    const readable = asReadable(db);
    const anonymiser = createAnonymiser({
      people: tables.has('person') ? listPeople(readable) : [],
      identifiers: tables.has('identifier') ? listIdentifiers(readable) : [],
    });
    const rows = db
      .prepare(
        `SELECT e.id, e.date_original, a.name AS agency, e.summary, e.action_taken, e.outcome, e.analysis
         FROM entry e JOIN agency a ON a.id = e.agency_id WHERE e.merged_into IS NULL ORDER BY e.date_earliest, e.id`,
      )
      .all() as EntryRow[];
    return rows.map((row) => ({
      ref: row.id,
      label: `${row.date_original} · ${row.agency}`,
      body: anonymiser.text([row.summary, row.action_taken, row.outcome, row.analysis].filter((t) => t !== '').join('\n')),
    }));
  } finally {
    db.close();
  }
}

/** Brings the search index up to date with the library; returns how many reviews were (re)indexed. */
export function ensureSearchIndex(index: LibraryIndex, reviews: readonly ReviewDigest[], stamps: ReadonlyMap<string, FileStamp>): number {
  const state = index.db.prepare(`SELECT size, mtime_ms FROM search_state WHERE path = ?`);
  const remove = index.db.prepare(`DELETE FROM search_doc WHERE path = ?`);
  const insert = index.db.prepare(`INSERT INTO search_doc (path, kind, ref, label, body) VALUES (?, ?, ?, ?, ?)`);
  const mark = index.db.prepare(
    `INSERT INTO search_state (path, size, mtime_ms) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms`,
  );
  let indexed = 0;
  for (const review of reviews) {
    const stamp = stamps.get(review.file);
    if (stamp === undefined) continue;
    const held = state.get(review.file) as { size: number; mtime_ms: number } | undefined;
    if (held !== undefined && held.size === stamp.size && held.mtime_ms === stamp.mtimeMs) continue;
    let entries: ReturnType<typeof entriesOf>;
    try {
      entries = entriesOf(review.file);
    } catch {
      // The file changed or became unreadable since the scan: the next scan will say why.
      continue;
    }
    index.db.transaction(() => {
      remove.run(review.file);
      for (const e of entries) insert.run(review.file, 'entry', e.ref, e.label, e.body);
      for (const f of review.findings) insert.run(review.file, 'finding', f.id, `Finding ${f.number}: ${f.title}`, `${f.title}\n${f.text}`);
      for (const r of review.recommendations) insert.run(review.file, 'recommendation', r.id, `Recommendation ${r.number}`, r.text);
      mark.run(review.file, stamp.size, stamp.mtimeMs);
    })();
    indexed += 1;
  }
  return indexed;
}

/**
 * Matches in index order (review by review), not by relevance: ranking every match of a common
 * word across a million chronology entries takes seconds, and results are shown grouped by review
 * anyway. Only the library's own files are searched (the index may hold files of other libraries).
 */
export function searchLibrary(index: LibraryIndex, reviews: readonly ReviewDigest[], text: string, limit = 200): readonly SearchGroup[] {
  const query = toFtsQuery(text);
  if (query === null) return [];
  const titles = new Map(reviews.map((r) => [r.file, r.title]));
  const rows = index.db
    .prepare(
      `SELECT path, kind, ref, label, snippet(search_doc, 4, '«', '»', '…', 12) AS snippet FROM search_doc
       WHERE search_doc MATCH ? AND path IN (SELECT value FROM json_each(?)) LIMIT ?`,
    )
    .all(query, JSON.stringify([...titles.keys()]), limit) as { path: string; kind: SearchHit['kind']; ref: number; label: string; snippet: string }[];
  const groups = new Map<string, SearchHit[]>();
  for (const row of rows) {
    const list = groups.get(row.path) ?? [];
    list.push({ kind: row.kind, ref: row.ref, label: row.label, snippet: row.snippet });
    groups.set(row.path, list);
  }
  return [...groups.entries()]
    .map(([file, hits]) => ({ file, reviewTitle: titles.get(file) ?? file, hits }))
    .sort((a, b) => a.reviewTitle.localeCompare(b.reviewTitle, 'en-GB', { numeric: true }));
}
