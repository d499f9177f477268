import type {
  ChronologyEntry,
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
import { FTS_MATCHED_IDS, filterSql, orderSql } from './filter-sql';
import { toFtsQuery } from './fts-query';
import { hasMatch, highlightText, searchTerms, snippetOf } from './highlight';
import { loadEntries } from './load-entries';

const FROM = `FROM entry e JOIN agency a ON a.id = e.agency_id LEFT JOIN event_type t ON t.id = e.event_type_id`;

/** The ids of every entry matching a filter, in sort order (export, insight, who-knew). */
export function entryIds(db: ReadableDb, filter: ChronologyFilter, sort: ChronologySort): number[] {
  const { where, params } = filterSql(filter);
  return db
    .prepare(`SELECT e.id ${FROM} WHERE ${where} ORDER BY ${orderSql(sort)}`)
    .pluck()
    .all(...params) as number[];
}

export function page(
  db: ReadableDb,
  args: { filter: ChronologyFilter; sort: ChronologySort; offset: number; limit: number },
): ChronologyPage {
  // Fetch the full-text matches once for both the count and the page.
  const fts = args.filter.text === undefined ? null : toFtsQuery(args.filter.text);
  const matched = fts === null ? undefined : JSON.stringify(db.prepare(FTS_MATCHED_IDS).pluck().all(fts, fts));
  const { where, params } = filterSql(args.filter, 'e', matched);
  const total = db
    .prepare(`SELECT count(*) FROM entry e WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const needsJoins = args.sort.field === 'agency' || args.sort.field === 'eventType';
  const ids = db
    .prepare(
      `SELECT e.id ${needsJoins ? FROM : 'FROM entry e'} WHERE ${where} ORDER BY ${orderSql(args.sort)} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...params, args.limit, args.offset) as number[];
  const rows = loadEntries(db, ids);
  return {
    total,
    rows,
    highlights: fts === null || args.filter.text === undefined ? [] : highlights(rows, args.filter.text),
  };
}

const HIGHLIGHT_FIELDS: readonly HighlightableField[] = ['summary', 'actionTaken', 'outcome', 'analysis'];

/** Whole field texts with matches between \u0001 and \u0002, only for fields that matched. */
function highlights(rows: readonly ChronologyEntry[], text: string): EntryHighlight[] {
  const terms = searchTerms(text);
  return rows.flatMap((entry) => {
    const fields: Partial<Record<HighlightableField, string>> = {};
    for (const field of HIGHLIGHT_FIELDS)
      if (hasMatch(entry[field], terms)) fields[field] = highlightText(entry[field], terms);
    return Object.keys(fields).length === 0 ? [] : [{ entryId: entry.id, fields }];
  });
}

/** True when the filter narrows nothing beyond the text itself. */
function onlyText(filter: ChronologyFilter): boolean {
  return Object.entries(filter).every(
    ([key, value]) =>
      key === 'text' || value === undefined || value === false || (Array.isArray(value) && value.length === 0),
  );
}

/**
 * Best matches first, with short highlighted snippets. Ranking (bm25) is the costly part, so it
 * runs on the FTS table alone when no other filter applies, and snippets are made only for the
 * rows returned. Merged (hidden) entries are left out by id; there are normally none or few.
 */
export function search(db: ReadableDb, args: { query: string; filter: ChronologyFilter; limit: number }): SearchResult {
  const fts = toFtsQuery(args.query);
  if (fts === null) return { total: 0, hits: [] };
  let total: number;
  let ids: number[];
  if (onlyText(args.filter)) {
    const mergedIds = db.prepare('SELECT id FROM entry WHERE merged_into IS NOT NULL').pluck().all();
    total = db.prepare('SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ?').pluck().get(fts) as number;
    if (mergedIds.length === 0) {
      // Most reviews have no merged entries: then nothing is hidden, and neither their count nor a
      // filter costs a second pass over the query's matches.
      ids = db
        .prepare('SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rank LIMIT ?')
        .pluck()
        .all(fts, args.limit) as number[];
    } else {
      const merged = JSON.stringify(mergedIds);
      total -= db
        .prepare('SELECT count(*) FROM entry_fts WHERE entry_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))')
        .pluck()
        .get(fts, merged) as number;
      ids = db
        .prepare(
          'SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? AND rowid NOT IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?',
        )
        .pluck()
        .all(fts, merged, args.limit) as number[];
    }
  } else {
    const { where, params } = filterSql({ ...args.filter, text: undefined });
    const from = `FROM entry_fts JOIN entry e ON e.id = entry_fts.rowid WHERE entry_fts MATCH ? AND ${where}`;
    total = db
      .prepare(`SELECT count(*) ${from}`)
      .pluck()
      .get(fts, ...params) as number;
    ids = db
      .prepare(`SELECT e.id ${from} ORDER BY entry_fts.rank LIMIT ?`)
      .pluck()
      .all(fts, ...params, args.limit) as number[];
  }
  const terms = searchTerms(args.query);
  return {
    total,
    hits: loadEntries(db, ids).map((entry) => ({
      entryId: entry.id,
      agency: entry.agency,
      date: entry.date,
      snippet: snippetOf(
        [
          entry.summary,
          entry.actionTaken,
          entry.outcome,
          entry.analysis,
          entry.source.document ?? '',
          entry.source.role ?? '',
          entry.source.reference ?? '',
        ],
        terms,
      ),
    })),
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
