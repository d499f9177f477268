import type {
  ChronologyFilter,
  ChronologyPage,
  ChronologySort,
  EntryHighlight,
  HighlightableField,
  SearchResult,
  TimelineItem,
  DatePrecision,
} from '../../shared/domain/chronology';
import type { ReadableDb } from '../store/db-types';
import { filterSql, orderSql } from './filter-sql';
import { toFtsQuery } from './fts-query';
import { loadEntries } from './load-entries';
import { vagueDateFromRow, vagueDateSelect } from './vague-date-columns';

const FROM = `FROM entry e JOIN agency a ON a.id = e.agency_id LEFT JOIN event_type t ON t.id = e.event_type_id`;

/** The ids of every entry matching a filter, in sort order (export, insight, who-knew). */
export function entryIds(db: ReadableDb, filter: ChronologyFilter, sort: ChronologySort): number[] {
  const { where, params } = filterSql(filter);
  return (db.prepare(`SELECT e.id ${FROM} WHERE ${where} ORDER BY ${orderSql(sort)}`).pluck().all(...params) as number[]);
}

export function page(
  db: ReadableDb,
  args: { filter: ChronologyFilter; sort: ChronologySort; offset: number; limit: number },
): ChronologyPage {
  const { where, params, fts } = filterSql(args.filter);
  const total = db.prepare(`SELECT count(*) ${FROM} WHERE ${where}`).pluck().get(...params) as number;
  const ids = db
    .prepare(`SELECT e.id ${FROM} WHERE ${where} ORDER BY ${orderSql(args.sort)} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...params, args.limit, args.offset) as number[];
  return { total, rows: loadEntries(db, ids), highlights: fts === null ? [] : highlights(db, fts, ids) };
}

const HIGHLIGHT_COLUMNS: readonly [HighlightableField, number][] = [
  ['summary', 0],
  ['actionTaken', 1],
  ['outcome', 2],
  ['analysis', 3],
];

/** Whole field texts with matches between \u0001 and \u0002, only for fields that matched. */
function highlights(db: ReadableDb, fts: string, ids: readonly number[]): EntryHighlight[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT rowid AS id, ${HIGHLIGHT_COLUMNS.map(([, n]) => `highlight(entry_fts, ${n}, char(1), char(2)) AS c${n}`).join(', ')}
       FROM entry_fts WHERE entry_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(fts, JSON.stringify(ids)) as ({ id: number } & Record<string, string | null>)[];
  return rows.map((row) => {
    const fields: Partial<Record<HighlightableField, string>> = {};
    for (const [field, n] of HIGHLIGHT_COLUMNS) {
      const text = row[`c${n}`];
      if (typeof text === 'string' && text.includes('\u0001')) fields[field] = text;
    }
    return { entryId: row.id, fields };
  });
}

export function search(db: ReadableDb, args: { query: string; filter: ChronologyFilter; limit: number }): SearchResult {
  const fts = toFtsQuery(args.query);
  if (fts === null) return { total: 0, hits: [] };
  const { where, params } = filterSql({ ...args.filter, text: undefined });
  const total = db
    .prepare(`SELECT count(*) FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH ? AND ${where}`)
    .pluck()
    .get(fts, ...params) as number;
  const rows = db
    .prepare(
      `SELECT e.id, a.name AS agency, ${vagueDateSelect('e', 'date_')},
              snippet(entry_fts, -1, char(1), char(2), '…', 16) AS snippet
       FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid JOIN agency a ON a.id = e.agency_id
       LEFT JOIN event_type t ON t.id = e.event_type_id
       WHERE entry_fts MATCH ? AND ${where}
       ORDER BY entry_fts.rank LIMIT ?`,
    )
    .all(fts, ...params, args.limit) as ({ id: number; agency: string; snippet: string } & Record<string, unknown>)[];
  return {
    total,
    hits: rows.map((row) => {
      const date = vagueDateFromRow(row, 'date_');
      if (date === null) throw new Error(`entry ${row.id} has no date`);
      return { entryId: row.id, agency: row.agency, date, snippet: row.snippet };
    }),
  };
}

const TIMELINE_SUMMARY_LENGTH = 140;

export function timeline(db: ReadableDb, filter: ChronologyFilter): TimelineItem[] {
  const { where, params } = filterSql(filter);
  const rows = db
    .prepare(
      `SELECT e.id, e.agency_id, e.event_type_id, e.date_earliest, e.date_latest, e.date_precision, e.date_original,
              substr(e.summary, 1, ${TIMELINE_SUMMARY_LENGTH}) AS summary, e.significance,
              EXISTS (SELECT 1 FROM entry_child_contact c WHERE c.entry_id = e.id AND c.seen = 'no') AS not_seen
       ${FROM} WHERE ${where} ORDER BY ${orderSql({ field: 'date', direction: 'asc' })}`,
    )
    .all(...params) as {
    id: number;
    agency_id: number;
    event_type_id: number | null;
    date_earliest: string;
    date_latest: string;
    date_precision: DatePrecision;
    date_original: string;
    summary: string;
    significance: string;
    not_seen: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    eventTypeId: r.event_type_id,
    earliest: r.date_earliest,
    latest: r.date_latest,
    precision: r.date_precision,
    dateText: r.date_original,
    summary: r.summary,
    key: r.significance === 'key',
    childNotSeen: r.not_seen === 1,
  }));
}
