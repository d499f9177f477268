import type {
  ChildContact,
  EntryPerson,
  ExtraField,
  RiskAssessment,
  Significance,
  VagueDate,
} from '../../shared/domain/chronology';
import { nowIso } from '../store/clock';
import type { WritableDb } from '../store/db-types';
import { vagueDateToColumns } from './vague-date-columns';

/** An entry ready to store: dates parsed, agency and event type resolved to ids. */
export interface NewEntry {
  readonly date: VagueDate;
  readonly time: string | null;
  readonly endDate: VagueDate | null;
  readonly agencyId: number;
  readonly source: {
    readonly document: string | null;
    readonly role: string | null;
    readonly reference: string | null;
  };
  readonly eventTypeId: number | null;
  readonly summary: string;
  readonly actionTaken: string;
  readonly outcome: string;
  readonly analysis: string;
  readonly location?: string | null;
  readonly risk?: RiskAssessment | null;
  /** Source columns kept verbatim (written on insert only; an edit never drops them). */
  readonly extraFields?: readonly ExtraField[];
  readonly significance: Significance;
  readonly people: readonly EntryPerson[];
  readonly childContact: readonly ChildContact[];
  readonly sharedWith: readonly NewShare[];
  readonly tags: readonly string[];
  readonly importId?: number | null;
  readonly sourceSheet?: string | null;
  readonly sourceRow?: number | null;
}

export interface NewShare {
  readonly agencyId: number;
  readonly when: VagueDate | null;
  readonly how: string | null;
}

/**
 * Prepared statements for writing entries and their side tables, prepared once and reused:
 * the import writes 20,000 rows through one writer inside one transaction.
 */
export function createEntryWriter(db: WritableDb) {
  const insertEntry = db.prepare(`
    INSERT INTO entry (
      date_original, date_edtf, date_earliest, date_latest, date_precision, date_approximate, date_uncertain, time,
      end_original, end_edtf, end_earliest, end_latest, end_precision, end_approximate, end_uncertain,
      agency_id, source_document, source_role, source_reference, event_type_id,
      summary, action_taken, outcome, analysis, location, risk_tool, risk_level, significance, import_id, source_sheet, source_row, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const updateEntry = db.prepare(`
    UPDATE entry SET
      date_original = ?, date_edtf = ?, date_earliest = ?, date_latest = ?, date_precision = ?, date_approximate = ?, date_uncertain = ?, time = ?,
      end_original = ?, end_edtf = ?, end_earliest = ?, end_latest = ?, end_precision = ?, end_approximate = ?, end_uncertain = ?,
      agency_id = ?, source_document = ?, source_role = ?, source_reference = ?, event_type_id = ?,
      summary = ?, action_taken = ?, outcome = ?, analysis = ?, location = ?, risk_tool = ?, risk_level = ?, significance = ?, updated_at = ?
    WHERE id = ?`);
  const insertPerson = db.prepare('INSERT OR IGNORE INTO entry_person (entry_id, person_id, role) VALUES (?, ?, ?)');
  const insertContact = db.prepare(
    'INSERT OR REPLACE INTO entry_child_contact (entry_id, person_id, seen, seen_alone, spoken_to, views_recorded) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertShare = db.prepare(`
    INSERT INTO entry_shared_with (entry_id, agency_id, when_original, when_edtf, when_earliest, when_latest, when_precision,
      when_approximate, when_uncertain, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertLabel = db.prepare('INSERT OR IGNORE INTO entry_label (entry_id, label) VALUES (?, ?)');
  const insertExtra = db.prepare(
    'INSERT INTO entry_extra_field (entry_id, position, name, value, raw) VALUES (?, ?, ?, ?, ?)',
  );

  const fieldValues = (entry: NewEntry): unknown[] => {
    const d = vagueDateToColumns(entry.date);
    const e = vagueDateToColumns(entry.endDate);
    return [
      d.original,
      d.edtf,
      d.earliest,
      d.latest,
      d.precision,
      d.approximate,
      d.uncertain,
      entry.time,
      e.original,
      e.edtf,
      e.earliest,
      e.latest,
      e.precision,
      e.approximate,
      e.uncertain,
      entry.agencyId,
      entry.source.document,
      entry.source.role,
      entry.source.reference,
      entry.eventTypeId,
      entry.summary,
      entry.actionTaken,
      entry.outcome,
      entry.analysis,
      entry.location ?? null,
      entry.risk?.tool ?? null,
      entry.risk?.level ?? null,
      entry.significance,
    ];
  };

  const writePeople = (id: number, people: readonly EntryPerson[]) => {
    for (const p of people) insertPerson.run(id, p.personId, p.role);
  };
  const writeContacts = (id: number, contacts: readonly ChildContact[]) => {
    for (const c of contacts) insertContact.run(id, c.personId, c.seen, c.seenAlone, c.spokenTo, c.viewsRecorded);
  };
  const writeShares = (id: number, shares: readonly NewShare[]) => {
    for (const s of shares) {
      const w = vagueDateToColumns(s.when);
      insertShare.run(
        id,
        s.agencyId,
        w.original,
        w.edtf,
        w.earliest,
        w.latest,
        w.precision,
        w.approximate,
        w.uncertain,
        s.how,
      );
    }
  };
  const writeLabels = (id: number, tags: readonly string[]) => {
    for (const tag of tags) {
      const clean = tag.trim().replace(/\s+/g, ' ');
      if (clean !== '') insertLabel.run(id, clean);
    }
  };

  /** Replaces one side list of an entry: its rows go, then the new ones are written. */
  const replacing =
    <T>(table: string, write: (id: number, rows: T) => void) =>
    (id: number, rows: T): void => {
      db.prepare(`DELETE FROM ${table} WHERE entry_id = ?`).run(id);
      write(id, rows);
    };

  return {
    insert(entry: NewEntry): number {
      const now = nowIso();
      const id = Number(
        insertEntry.run(
          ...fieldValues(entry),
          entry.importId ?? null,
          entry.sourceSheet ?? null,
          entry.sourceRow ?? null,
          now,
          now,
        ).lastInsertRowid,
      );
      writePeople(id, entry.people);
      writeContacts(id, entry.childContact);
      writeShares(id, entry.sharedWith);
      writeLabels(id, entry.tags);
      (entry.extraFields ?? []).forEach((field, position) =>
        insertExtra.run(id, position, field.name, field.value, field.raw),
      );
      return id;
    },
    /** Rewrites the entry's own columns (not the side lists). */
    updateFields(id: number, entry: NewEntry): void {
      updateEntry.run(...fieldValues(entry), nowIso(), id);
    },
    replacePeople: replacing('entry_person', writePeople),
    replaceChildContact: replacing('entry_child_contact', writeContacts),
    replaceShares: replacing('entry_shared_with', writeShares),
    replaceTags: replacing('entry_label', writeLabels),
  };
}
