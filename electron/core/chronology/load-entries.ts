import type {
  ChildContact,
  ChronologyEntry,
  EntryPerson,
  EventPersonRole,
  ExtraField,
  SharedWith,
  Significance,
  TriState,
} from '../../shared/domain/chronology';
import type { ReadableDb } from '../store/db-types';
import { entryDateFromRow, vagueDateFromRow, vagueDateSelect } from './vague-date-columns';
import { groupRows } from '../store/group-rows';

/**
 * Turns entry rows and their side tables into domain entries. Loads side tables once per batch
 * (`IN (SELECT value FROM json_each(?))`), so a page of 200 rows costs a handful of queries.
 */
const ENTRY_SELECT = `
  SELECT e.id, ${vagueDateSelect('e', 'date_')}, e.time, ${vagueDateSelect('e', 'end_')},
         e.agency_id, a.name AS agency_name, e.source_document, e.source_role, e.source_reference,
         e.event_type_id, t.name AS event_type_name, e.summary, e.action_taken, e.outcome, e.analysis, e.location, e.risk_tool, e.risk_level,
         e.significance, e.import_id, e.source_sheet, e.source_row,
         i.file_name AS import_file, i.agency_name AS import_agency, i.imported_at AS import_at
  FROM entry e
  JOIN agency a ON a.id = e.agency_id
  LEFT JOIN event_type t ON t.id = e.event_type_id
  LEFT JOIN import_batch i ON i.id = e.import_id`;

interface EntryRow extends Record<string, unknown> {
  readonly id: number;
  readonly time: string | null;
  readonly agency_id: number;
  readonly agency_name: string;
  readonly source_document: string | null;
  readonly source_role: string | null;
  readonly source_reference: string | null;
  readonly event_type_id: number | null;
  readonly event_type_name: string | null;
  readonly summary: string;
  readonly action_taken: string;
  readonly outcome: string;
  readonly analysis: string;
  readonly location: string | null;
  readonly risk_tool: string | null;
  readonly risk_level: string | null;
  readonly significance: Significance;
  readonly import_id: number | null;
  readonly source_sheet: string | null;
  readonly source_row: number | null;
  readonly import_file: string | null;
  readonly import_agency: string | null;
  readonly import_at: string | null;
}

const IN_IDS = `IN (SELECT value FROM json_each(?))`;

type SharedWithRow = { entry_id: number; agency_id: number; agency_name: string; how: string | null } & Record<
  string,
  unknown
>;

/** Everything an entry holds outside its own row, grouped by entry id. */
interface SideTables {
  readonly people: Map<number, { entry_id: number; person_id: number; role: EventPersonRole }[]>;
  readonly contacts: Map<
    number,
    {
      entry_id: number;
      person_id: number | null;
      seen: TriState;
      seen_alone: TriState;
      spoken_to: TriState;
      views_recorded: TriState;
    }[]
  >;
  readonly shares: Map<number, SharedWithRow[]>;
  readonly labels: Map<number, { entry_id: number; label: string }[]>;
  readonly extras: Map<number, { entry_id: number; name: string; value: string; raw: string | null }[]>;
  readonly episodes: Map<number, { entry_id: number; episode_id: number }[]>;
  /** Entries linked as the same event, both ways round. */
  readonly links: Map<number, number[]>;
}

function loadSideTables(db: ReadableDb, idsJson: string): SideTables {
  const rowsOf = <T>(sql: string): T[] => db.prepare(sql).all(idsJson) as T[];
  return {
    people: groupRows(
      rowsOf(`SELECT entry_id, person_id, role FROM entry_person WHERE entry_id ${IN_IDS} ORDER BY id`),
      'entry_id',
    ),
    contacts: groupRows(
      rowsOf(
        `SELECT entry_id, person_id, seen, seen_alone, spoken_to, views_recorded FROM entry_child_contact WHERE entry_id ${IN_IDS} ORDER BY id`,
      ),
      'entry_id',
    ),
    shares: groupRows(
      rowsOf<SharedWithRow>(
        `SELECT s.entry_id, s.agency_id, a.name AS agency_name, ${vagueDateSelect('s', 'when_')}, s.how
         FROM entry_shared_with s JOIN agency a ON a.id = s.agency_id WHERE s.entry_id ${IN_IDS} ORDER BY s.id`,
      ),
      'entry_id',
    ),
    labels: groupRows(
      rowsOf(`SELECT entry_id, label FROM entry_label WHERE entry_id ${IN_IDS} ORDER BY label`),
      'entry_id',
    ),
    extras: groupRows(
      rowsOf(
        `SELECT entry_id, name, value, raw FROM entry_extra_field WHERE entry_id ${IN_IDS} ORDER BY entry_id, position, id`,
      ),
      'entry_id',
    ),
    episodes: groupRows(
      rowsOf(`SELECT entry_id, episode_id FROM episode_entry WHERE entry_id ${IN_IDS} ORDER BY episode_id`),
      'entry_id',
    ),
    links: linkedEntries(db, idsJson),
  };
}

function linkedEntries(db: ReadableDb, idsJson: string): Map<number, number[]> {
  const links = new Map<number, number[]>();
  const linkRows = db
    .prepare(
      `SELECT entry_a, entry_b FROM duplicate_candidate
       WHERE status = 'linked' AND (entry_a ${IN_IDS} OR entry_b ${IN_IDS})`,
    )
    .all(idsJson, idsJson) as { entry_a: number; entry_b: number }[];
  for (const { entry_a, entry_b } of linkRows) {
    links.set(entry_a, [...(links.get(entry_a) ?? []), entry_b]);
    links.set(entry_b, [...(links.get(entry_b) ?? []), entry_a]);
  }
  return links;
}

function entryFromRow(row: EntryRow, side: SideTables): ChronologyEntry {
  const date = entryDateFromRow(row);
  return {
    id: row.id,
    date,
    time: row.time,
    endDate: vagueDateFromRow(row, 'end_'),
    agencyId: row.agency_id,
    agency: row.agency_name,
    source: { document: row.source_document, role: row.source_role, reference: row.source_reference },
    eventTypeId: row.event_type_id,
    eventType: row.event_type_name,
    summary: row.summary,
    actionTaken: row.action_taken,
    outcome: row.outcome,
    analysis: row.analysis,
    location: row.location,
    risk: row.risk_level === null ? null : { tool: row.risk_tool, level: row.risk_level },
    extraFields: (side.extras.get(row.id) ?? []).map((x): ExtraField => ({ name: x.name, value: x.value, raw: x.raw })),
    people: (side.people.get(row.id) ?? []).map((p): EntryPerson => ({ personId: p.person_id, role: p.role })),
    childContact: (side.contacts.get(row.id) ?? []).map((c): ChildContact => ({
      personId: c.person_id,
      seen: c.seen,
      seenAlone: c.seen_alone,
      spokenTo: c.spoken_to,
      viewsRecorded: c.views_recorded,
    })),
    sharedWith: (side.shares.get(row.id) ?? []).map((s): SharedWith => ({
      agencyId: s.agency_id,
      agency: s.agency_name,
      when: vagueDateFromRow(s, 'when_'),
      how: s.how,
    })),
    tags: (side.labels.get(row.id) ?? []).map((l) => l.label),
    significance: row.significance,
    episodeIds: (side.episodes.get(row.id) ?? []).map((e) => e.episode_id),
    provenance:
      row.import_id === null
        ? null
        : {
            file: row.import_file ?? '',
            sheet: row.source_sheet,
            row: row.source_row ?? 0,
            agency: row.import_agency ?? '',
            importedAt: row.import_at ?? '',
            importId: row.import_id,
          },
    linkedEntryIds: (side.links.get(row.id) ?? []).sort((a, b) => a - b),
  };
}

/** The entries with these ids, in the order of `ids` (ids with no entry are left out). */
export function loadEntries(db: ReadableDb, ids: readonly number[]): ChronologyEntry[] {
  if (ids.length === 0) return [];
  const idsJson = JSON.stringify(ids);
  const rows = db.prepare(`${ENTRY_SELECT} WHERE e.id ${IN_IDS}`).all(idsJson) as EntryRow[];
  const side = loadSideTables(db, idsJson);
  const byId = new Map(rows.map((row) => [row.id, entryFromRow(row, side)]));
  return ids.map((id) => byId.get(id)).filter((entry): entry is ChronologyEntry => entry !== undefined);
}
