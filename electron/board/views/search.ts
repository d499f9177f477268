/**
 * Search across reviews: one full-text index (FTS5) in the board's cached index, holding the
 * chronology entries, findings and recommendations of every review in the library as
 * publication text (names already replaced by pseudonyms). A review is indexed the first time it
 * is searched and again whenever its file changes.
 *
 * Each passage's rowid says how recent its review is (the review's year in the high bits), so
 * "newer first" costs nothing: it is the index's own order.
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
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
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
      body: anonymiser.text(
        [row.summary, row.action_taken, row.outcome, row.analysis].filter((t) => t !== '').join('\n'),
      ),
    }));
  } finally {
    db.close();
  }
}

/** Rowids of a review's passages: its year above, a running number below (2^32 passages a year). */
const YEAR_SHIFT = 2 ** 32;

function firstRowidFor(year: number | null): number {
  return Math.max(0, Math.min(9999, year ?? 0)) * YEAR_SHIFT;
}

/**
 * Files this session already knows to be indexed at a given size and time, per index: a search
 * then checks the library against memory, not against the index file (a read per review, a few
 * milliseconds for hundreds of reviews, on every search).
 */
const knownIndexed = new WeakMap<LibraryIndex, Map<string, string>>();

function stampKey(size: number, mtimeMs: number): string {
  return `${size}:${mtimeMs}`;
}

/** Brings the search index up to date with the library; returns how many reviews were (re)indexed. */
export function ensureSearchIndex(
  index: LibraryIndex,
  reviews: readonly ReviewDigest[],
  stamps: ReadonlyMap<string, FileStamp>,
): number {
  const state = index.db.prepare(`SELECT size, mtime_ms, first_rowid, last_rowid FROM search_state WHERE path = ?`);
  // By rowid when the review's passages are known to lie between two rowids (each review's are
  // added together, one after another); otherwise FTS5 reads every passage to find its path.
  const removeBetween = index.db.prepare(`DELETE FROM search_doc WHERE rowid BETWEEN ? AND ? AND path = ?`);
  const removeByPath = index.db.prepare(`DELETE FROM search_doc WHERE path = ?`);
  const lastRowid = index.db
    .prepare(`SELECT rowid FROM search_doc WHERE rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT 1`)
    .pluck();
  const insert = index.db.prepare(
    `INSERT INTO search_doc (rowid, path, kind, ref, label, body) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const mark = index.db.prepare(
    `INSERT INTO search_state (path, size, mtime_ms, first_rowid, last_rowid) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, first_rowid = excluded.first_rowid, last_rowid = excluded.last_rowid`,
  );
  let known = knownIndexed.get(index);
  if (known === undefined) knownIndexed.set(index, (known = new Map()));
  let indexed = 0;
  for (const review of reviews) {
    const stamp = stamps.get(review.file);
    if (stamp === undefined) continue;
    const key = stampKey(stamp.size, stamp.mtimeMs);
    if (known.get(review.file) === key) continue;
    const held = state.get(review.file) as
      { size: number; mtime_ms: number; first_rowid: number | null; last_rowid: number | null } | undefined;
    if (held !== undefined && stampKey(held.size, held.mtime_ms) === key) {
      known.set(review.file, key);
      continue;
    }
    let entries: ReturnType<typeof entriesOf>;
    try {
      entries = entriesOf(review.file);
    } catch {
      // The file changed or became unreadable since the scan: the next scan will say why.
      continue;
    }
    index.db.transaction(() => {
      if (held?.first_rowid != null && held.last_rowid != null)
        removeBetween.run(held.first_rowid, held.last_rowid, review.file);
      else if (held !== undefined) removeByPath.run(review.file);
      const first = firstRowidFor(review.year);
      let rowid = ((lastRowid.get(first, first + YEAR_SHIFT) as number | undefined) ?? first - 1) + 1;
      const firstOfReview = rowid;
      const add = (kind: SearchHit['kind'], ref: number, label: string, body: string): void => {
        insert.run(rowid, review.file, kind, ref, label, body);
        rowid += 1;
      };
      for (const e of entries) add('entry', e.ref, e.label, e.body);
      for (const f of review.findings) add('finding', f.id, `Finding ${f.number}: ${f.title}`, `${f.title}\n${f.text}`);
      for (const r of review.recommendations) add('recommendation', r.id, `Recommendation ${r.number}`, r.text);
      mark.run(review.file, stamp.size, stamp.mtimeMs, firstOfReview, rowid - 1);
    })();
    known.set(review.file, key);
    indexed += 1;
  }
  return indexed;
}

/**
 * How many matching passages are ranked at most. Ranking costs a little for every match, and a
 * common word ("mother") matches hundreds of thousands of chronology entries in a large library:
 * past this many, the most recent matches are ranked and the reason says so.
 */
export const RANKED_AT_MOST = 5_000;

interface PassageRow {
  readonly path: string;
  readonly kind: SearchHit['kind'];
  readonly ref: number;
  readonly label: string;
  readonly body: string;
}

/**
 * The best matches first: relevance is SQLite's BM25 (the words appear more often, in a shorter
 * passage, and rarer words count for more), ties go to the newer review. Groups (one per
 * review) are ordered by their best match. Only the library's own files are searched (the index
 * may hold files of other libraries).
 *
 * The ranking query returns rowids only: anything else it selected (snippets above all) would be
 * worked out for every match before sorting. The few passages shown are then read by rowid and
 * their matches marked here.
 */
export function searchLibrary(
  index: LibraryIndex,
  reviews: readonly ReviewDigest[],
  text: string,
  limit = 200,
): readonly SearchGroup[] {
  const query = toFtsQuery(text);
  if (query === null) return [];
  const titles = new Map(reviews.map((r) => [r.file, r.title]));
  const paths = JSON.stringify([...titles.keys()]);
  // Checking each match's file costs a read per match, so it is done only when the index also
  // holds other libraries' files.
  const others = index.db
    .prepare(`SELECT count(*) FROM search_state WHERE path NOT IN (SELECT value FROM json_each(?))`)
    .pluck()
    .get(paths) as number;
  const inLibrary = others === 0 ? '' : `AND path IN (SELECT value FROM json_each(@paths))`;
  const scope = others === 0 ? {} : { paths };
  // One pass over the newest matches, in the index's own order, each with its BM25 score. A
  // prefix word ("refer"*) makes FTS5 gather every matching term's list before the first row, and
  // BM25 counts each word's matches once per statement: a second statement (finding where the
  // newest matches begin, then ranking from there) paid both twice. Sorting a few thousand scores
  // here costs under a millisecond.
  const newest = index.db
    .prepare(
      `SELECT rowid, rank FROM search_doc WHERE search_doc MATCH @query ${inLibrary} ORDER BY rowid DESC LIMIT @take`,
    )
    .raw()
    .all({ query, take: RANKED_AT_MOST + 1, ...scope }) as [number, number][];
  const capped = newest.length > RANKED_AT_MOST;
  if (capped) newest.length = RANKED_AT_MOST;
  // Lower BM25 is better (FTS5 negates it); equal scores go to the newer review (higher rowid).
  newest.sort((a, b) => a[1] - b[1] || b[0] - a[0]);
  const best = newest.slice(0, limit).map(([rowid]) => rowid);
  const passage = index.db.prepare(`SELECT path, kind, ref, label, body FROM search_doc WHERE rowid = ?`);
  const terms = queryTerms(text);
  const groups = new Map<string, SearchHit[]>();
  for (const rowid of best) {
    const row = passage.get(rowid) as PassageRow | undefined;
    if (row === undefined) continue;
    const marked = markMatches(row.body, terms);
    const list = groups.get(row.path) ?? [];
    list.push({
      kind: row.kind,
      ref: row.ref,
      label: row.label,
      snippet: snippetOf(marked),
      reason: matchReason({ kind: row.kind, marked }, capped),
    });
    groups.set(row.path, list);
  }
  // Insertion order is the order of each review's best match.
  return [...groups.entries()].map(([file, hits]) => ({ file, reviewTitle: titles.get(file) ?? file, hits }));
}

/** Folded as the index folds (lower case, accents removed), so words compare as the index compared them. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface QueryTerms {
  /** Words typed outside quotes: each matches any word it begins ("refer" → "referral"). */
  readonly prefixes: readonly string[];
  /** Quoted phrases: the words in this order, each whole. */
  readonly phrases: readonly (readonly string[])[];
}

function queryTerms(text: string): QueryTerms {
  const phrases: string[][] = [];
  const outside = text.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const words = (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
    if (words.length > 0) phrases.push(words);
    return ' ';
  });
  return { prefixes: (outside.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold), phrases };
}

/** The passage with each matched word (or phrase) between «guillemets», as FTS5's highlight() would. */
export function markMatches(body: string, terms: QueryTerms): string {
  const words = [...body.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    folded: fold(m[0]),
  }));
  const spans: { start: number; end: number }[] = [];
  words.forEach((word, i) => {
    if (terms.prefixes.some((p) => word.folded.startsWith(p))) spans.push({ start: word.start, end: word.end });
    for (const phrase of terms.phrases) {
      const run = words.slice(i, i + phrase.length);
      if (run.length === phrase.length && run.every((w, j) => w.folded === phrase[j]))
        spans.push({ start: word.start, end: run[run.length - 1]!.end });
    }
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    out += `${body.slice(at, span.start)}«${body.slice(span.start, span.end)}»`;
    at = span.end;
  }
  return out + body.slice(at);
}

/** About a dozen words around the first match, as FTS5's snippet() would. */
function snippetOf(marked: string): string {
  const tokens = marked.split(/\s+/).filter((t) => t !== '');
  const first = Math.max(
    0,
    tokens.findIndex((t) => t.includes('«')),
  );
  const start = Math.max(0, first - 4);
  const end = Math.min(tokens.length, start + 12);
  return `${start > 0 ? '…' : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? '…' : ''}`;
}

const kindWords: Readonly<Record<SearchHit['kind'], string>> = {
  entry: 'chronology entry',
  finding: 'finding',
  recommendation: 'recommendation',
};

/** Why a passage ranks where it does, in words: how often the words appear, and in how long a passage. */
export function matchReason(
  row: { readonly kind: SearchHit['kind']; readonly marked: string },
  capped: boolean,
): string {
  const marks = row.marked.match(/«[^»]*»/g) ?? [];
  const words = (row.marked.replace(/[«»]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const together = /»\s*«/.test(row.marked);
  const times = marks.length === 1 ? 'once' : marks.length === 2 ? 'twice' : `${marks.length} times`;
  const parts = [
    `Your words appear ${times}${together ? ', side by side,' : ''} in a ${kindWords[row.kind]} of ${words} word${words === 1 ? '' : 's'}`,
  ];
  if (capped)
    parts.push(
      `ranked among the ${RANKED_AT_MOST.toLocaleString('en-GB')} most recent matches, as so many passages match: add a word to narrow the search`,
    );
  return `${parts.join('; ')}.`;
}
