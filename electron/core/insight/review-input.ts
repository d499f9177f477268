/**
 * Reads the rules' input view (`InsightEntry`, `InsightPerson`) from a review file: the
 * chronology (migration 003) and the people register (migration 002).
 *
 * Entries merged into another (duplicates) are left out, so one event is never counted twice.
 * Children are the people a chronology entry records a child contact for, plus anyone whose
 * relationship to the subject child names them as a child; professionals are the register's
 * "professional" category; everyone else in the register is a family adult.
 */
import type { ReadableDb } from '../store/db-types';
import type {
  InsightChildContact,
  InsightDate,
  InsightEntry,
  InsightEntryPerson,
  InsightInput,
  InsightPerson,
  InsightPersonKind,
  InsightShare,
} from './input';
import { groupRows } from '../store/group-rows';

interface EntryRow {
  readonly id: number;
  readonly date_original: string;
  readonly date_earliest: string;
  readonly date_latest: string;
  readonly agency: string;
  readonly event_type: string | null;
  readonly summary: string;
  readonly action_taken: string;
  readonly outcome: string;
  readonly analysis: string;
  readonly significance: string;
}

interface PersonLinkRow {
  readonly entry_id: number;
  readonly person_id: number;
  readonly role: string;
}

interface ChildRow {
  readonly entry_id: number;
  readonly person_id: number;
  readonly seen: string;
  readonly seen_alone: string;
  readonly spoken_to: string;
  readonly views_recorded: string;
}

interface ShareRow {
  readonly entry_id: number;
  readonly agency: string;
  readonly when_original: string | null;
  readonly when_earliest: string | null;
  readonly when_latest: string | null;
}

interface PersonRow {
  readonly id: number;
  readonly real_name: string;
  readonly pseudonym: string;
  readonly category: string;
  readonly role: string;
  readonly relationship_to_child: string;
  readonly date_of_birth: string | null;
}

interface RelationshipRow {
  readonly from_person_id: number;
  readonly to_person_id: number;
  readonly kind: string;
}

/** Relationships to the subject child that make someone a child of the family. */
const CHILD_RELATIONSHIPS = /^\s*(subject child|child|(half[- ]|step[- ])?(sibling|brother|sister))\s*$/i;

function triState(value: string): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

function shareDate(row: ShareRow): InsightDate | null {
  if (row.when_earliest === null) return null;
  return {
    text: row.when_original ?? row.when_earliest,
    earliest: row.when_earliest,
    latest: row.when_latest ?? row.when_earliest,
  };
}

export function readEntries(db: ReadableDb): InsightEntry[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.date_original, e.date_earliest, e.date_latest, a.name AS agency, t.name AS event_type,
              e.summary, e.action_taken, e.outcome, e.analysis, e.significance
       FROM entry e JOIN agency a ON a.id = e.agency_id LEFT JOIN event_type t ON t.id = e.event_type_id
       WHERE e.merged_into IS NULL
       ORDER BY e.date_earliest, e.date_latest, e.id`,
    )
    .all() as EntryRow[];
  const live = `SELECT id FROM entry WHERE merged_into IS NULL`;
  const people = groupRows(
    db
      .prepare(`SELECT entry_id, person_id, role FROM entry_person WHERE entry_id IN (${live}) ORDER BY id`)
      .all() as PersonLinkRow[],
    'entry_id',
  );
  const children = groupRows(
    db
      .prepare(
        `SELECT entry_id, person_id, seen, seen_alone, spoken_to, views_recorded FROM entry_child_contact WHERE entry_id IN (${live}) ORDER BY id`,
      )
      .all() as ChildRow[],
    'entry_id',
  );
  const shares = groupRows(
    db
      .prepare(
        `SELECT s.entry_id, a.name AS agency, s.when_original, s.when_earliest, s.when_latest
         FROM entry_shared_with s JOIN agency a ON a.id = s.agency_id WHERE s.entry_id IN (${live}) ORDER BY s.id`,
      )
      .all() as ShareRow[],
    'entry_id',
  );
  const labels = groupRows(
    db.prepare(`SELECT entry_id, label FROM entry_label WHERE entry_id IN (${live}) ORDER BY id`).all() as {
      entry_id: number;
      label: string;
    }[],
    'entry_id',
  );

  return rows.map((row) => {
    const entryPeople: InsightEntryPerson[] = (people.get(row.id) ?? []).map((link) => ({
      personId: String(link.person_id),
      role: link.role,
    }));
    // A child-contact row means the child was part of the contact; the row's fields say how.
    const childContacts: InsightChildContact[] = (children.get(row.id) ?? []).map((child) => ({
      personId: String(child.person_id),
      present: true,
      seen: triState(child.seen),
      seenAlone: triState(child.seen_alone),
      spokenTo: triState(child.spoken_to),
      viewsRecorded: triState(child.views_recorded),
    }));
    const sharedWith: InsightShare[] = (shares.get(row.id) ?? []).map((share) => ({
      agency: share.agency,
      date: shareDate(share),
    }));
    return {
      id: String(row.id),
      date: { text: row.date_original, earliest: row.date_earliest, latest: row.date_latest },
      agency: row.agency,
      eventType: row.event_type,
      summary: row.summary,
      text: [row.action_taken, row.outcome, row.analysis].filter((part) => part.trim() !== '').join('\n'),
      tags: (labels.get(row.id) ?? []).map((label) => label.label),
      significance: row.significance,
      people: entryPeople,
      children: childContacts,
      sharedWith,
      // The chronology records "seen alone" for children only; for adults the rules read wording.
      victimSeenAlone: null,
    };
  });
}

export function readPeople(db: ReadableDb, entries: readonly InsightEntry[]): InsightPerson[] {
  const childIds = new Set(entries.flatMap((entry) => entry.children.map((child) => child.personId)));
  const rows = db
    .prepare(
      `SELECT id, real_name, pseudonym, category, role, relationship_to_child, date_of_birth FROM person ORDER BY id`,
    )
    .all() as PersonRow[];
  const relationships = db
    .prepare(`SELECT from_person_id, to_person_id, kind FROM relationship ORDER BY id`)
    .all() as RelationshipRow[];
  const aliases = db.prepare(`SELECT person_id, alias FROM person_alias ORDER BY id`).all() as {
    person_id: number;
    alias: string;
  }[];
  return rows.map((row) => {
    const id = String(row.id);
    const kind: InsightPersonKind =
      row.category === 'professional'
        ? 'professional'
        : childIds.has(id) || CHILD_RELATIONSHIPS.test(row.relationship_to_child)
          ? 'child'
          : 'adult';
    return {
      id,
      label: row.pseudonym.trim() !== '' ? row.pseudonym : row.real_name,
      kind,
      dateOfBirth: row.date_of_birth,
      roles: [
        ...new Set([row.role, row.relationship_to_child].map((role) => role.trim()).filter((role) => role !== '')),
      ],
      names: [
        ...new Set(
          [
            row.pseudonym,
            row.real_name,
            ...aliases.filter((alias) => alias.person_id === row.id).map((alias) => alias.alias),
          ]
            .map((name) => name.trim())
            .filter((name) => name !== ''),
        ),
      ],
      relationships: relationships
        .filter((relationship) => relationship.from_person_id === row.id)
        .map((relationship) => ({ otherPersonId: String(relationship.to_person_id), kind: relationship.kind })),
    };
  });
}

export function readInsightInput(db: ReadableDb): InsightInput {
  const entries = readEntries(db);
  return { entries, people: readPeople(db, entries) };
}
