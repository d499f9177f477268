import { formatVagueDate } from '../../shared/dates';
import type { ChronologyEntry, ChronologyFilter } from '../../shared/domain/chronology';
import { loadEntries } from '../../core/chronology/load-entries';
import { entryIds } from '../../core/chronology/query';
import type { ReadableDb } from '../../core/store/db-types';

/** The entries an export holds, in its order. */
const exportIds = (db: ReadableDb, filter: ChronologyFilter): number[] =>
  entryIds(db, filter, { field: 'date', direction: 'asc' });

/** How many rows `exportRows` will give: the total a progress bar counts towards. */
export const exportRowCount = (db: ReadableDb, filter: ChronologyFilter): number => exportIds(db, filter).length;

/** The merged chronology as a table: one header row, then one row per entry in date order. */
export const EXPORT_HEADERS = [
  'Entry',
  'Date',
  'Time',
  'End date',
  'Agency',
  'Event type',
  'Summary',
  'Action taken',
  'Outcome',
  'Analysis / comment',
  'Significance',
  'Source document',
  'Practitioner role',
  'Reference',
  'People involved',
  'Children seen',
  'Shared with',
  'Tags',
  'Key practice episodes',
  'Earliest',
  'Latest',
  'Imported from',
  'Location',
  'Risk assessment',
  // Source columns kept verbatim ("Header: value", one per line), so the export loses no word either.
  'Other columns from the agency file',
] as const;

const BATCH = 1000;

/** People are named by their pseudonym (the register's public name), never the real name. */
function pseudonyms(db: ReadableDb): Map<number, string> {
  const rows = db.prepare('SELECT id, pseudonym FROM person').all() as { id: number; pseudonym: string }[];
  return new Map(rows.map((r) => [r.id, r.pseudonym]));
}

function episodeTitles(db: ReadableDb): Map<number, string> {
  const rows = db.prepare('SELECT id, title FROM episode').all() as { id: number; title: string }[];
  return new Map(rows.map((r) => [r.id, r.title]));
}

function row(entry: ChronologyEntry, people: Map<number, string>, episodes: Map<number, string>): string[] {
  const name = (id: number) => people.get(id) ?? `person ${id}`;
  return [
    String(entry.id),
    // Vague dates are written exactly as the agency gave them.
    entry.date.original,
    entry.time ?? '',
    entry.endDate?.original ?? '',
    entry.agency,
    entry.eventType ?? '',
    entry.summary,
    entry.actionTaken,
    entry.outcome,
    entry.analysis,
    entry.significance === 'key' ? 'Key' : 'Routine',
    entry.source.document ?? '',
    entry.source.role ?? '',
    entry.source.reference ?? '',
    entry.people.map((p) => `${name(p.personId)} (${p.role.replace('-', ' ')})`).join('; '),
    entry.childContact
      .map(
        (c) =>
          `${c.personId === null ? 'Child (not named)' : name(c.personId)}: seen ${c.seen}, seen alone ${c.seenAlone}, spoken to ${c.spokenTo}, views recorded ${c.viewsRecorded}`,
      )
      .join('; '),
    entry.sharedWith
      .map((s) =>
        [s.agency, s.when ? formatVagueDate(s.when) : null, s.how]
          .filter((part) => part !== null && part !== '')
          .join(', '),
      )
      .join('; '),
    entry.tags.join('; '),
    entry.episodeIds.map((id) => episodes.get(id) ?? `episode ${id}`).join('; '),
    entry.date.earliest,
    entry.date.latest,
    entry.provenance
      ? `${entry.provenance.file}${entry.provenance.sheet ? ` [${entry.provenance.sheet}]` : ''} row ${entry.provenance.row}`
      : '',
    entry.location ?? '',
    entry.risk === null ? '' : [entry.risk.tool, entry.risk.level].filter((part) => part !== null).join(' '),
    entry.extraFields.map((field) => `${field.name}: ${field.value}`).join('\n'),
  ];
}

/** Yields the export rows in date order, loading entries in batches to keep memory flat. */
export function* exportRows(db: ReadableDb, filter: ChronologyFilter): Generator<string[]> {
  const ids = exportIds(db, filter);
  const people = pseudonyms(db);
  const episodes = episodeTitles(db);
  for (let start = 0; start < ids.length; start += BATCH) {
    for (const entry of loadEntries(db, ids.slice(start, start + BATCH))) yield row(entry, people, episodes);
  }
}
