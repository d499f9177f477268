/**
 * A small fictional chronology written straight into a review file (migrations 002 and 003
 * tables), for testing the insight service, handlers and CLI against real SQLite.
 * Helpers only; no tests here.
 */
import type Database from 'better-sqlite3';

interface SeedEntry {
  readonly date: string;
  readonly original?: string;
  readonly latest?: string;
  readonly agency: string;
  readonly eventType?: string;
  readonly summary: string;
  readonly significance?: 'key' | 'routine';
  readonly people?: readonly (readonly [person: string, role: string])[];
  readonly children?: readonly (readonly [person: string, seen: string, seenAlone: string, spokenTo: string, views: string])[];
  readonly sharedWith?: readonly (readonly [agency: string, date: string | null])[];
  readonly labels?: readonly string[];
}

const NOW = '2026-01-01T00:00:00.000Z';

export const SEED_PEOPLE = {
  kerry: { realName: 'Kerry Ashdown', pseudonym: 'RM', category: 'family', role: 'mother', relationship: 'mother' },
  dean: { realName: 'Dean Croft', pseudonym: 'Mr C', category: 'household', role: "mother's partner", relationship: "mother's partner" },
  ruby: { realName: 'Ruby Ashdown', pseudonym: 'Child R', category: 'family', role: 'child', relationship: 'subject child' },
} as const;

export const SEED_ENTRIES: readonly SeedEntry[] = [
  { date: '2021-03-01', agency: 'Westmoor Police', eventType: 'Police call-out', summary: 'Called to Larkspur Close; domestic abuse incident, RM injured', people: [['kerry', 'victim'], ['dean', 'alleged-perpetrator']] },
  { date: '2021-03-20', agency: 'Health Visiting', eventType: 'Home visit', summary: 'Home visit; Mr C present throughout', people: [['kerry', 'present'], ['dean', 'present']], children: [['ruby', 'yes', 'no', 'no', 'no']] },
  { date: '2021-04-10', agency: 'Westmoor Police', eventType: 'Incident', summary: 'Second domestic abuse incident reported by neighbour', people: [['kerry', 'victim'], ['dean', 'alleged-perpetrator']], labels: ['domestic abuse'] },
  { date: '2021-04-15', agency: 'GP Practice', eventType: 'Appointment', summary: 'RM reports low mood and family problems', people: [['kerry', 'present'], ['dean', 'present']] },
  { date: '2021-05-01', original: 'May 2021', latest: '2021-05-31', agency: 'Westmoor Police', eventType: 'Incident', summary: 'Third domestic abuse incident; RM declined to give a statement', people: [['kerry', 'victim'], ['dean', 'alleged-perpetrator']], significance: 'key', sharedWith: [["Children's Social Care", '2021-06-20']] },
  { date: '2021-06-01', agency: "Children's Social Care", eventType: 'Case closure', summary: 'Single assessment completed; case closed with no further action', people: [['kerry', 'subject'], ['ruby', 'subject']] },
];

export function seedChronology(db: Database.Database): Map<number, number> {
  const personIds = new Map<string, number>();
  const addPerson = db.prepare(
    `INSERT INTO person (real_name, pseudonym, category, role, relationship_to_child, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const [key, person] of Object.entries(SEED_PEOPLE)) {
    personIds.set(key, Number(addPerson.run(person.realName, person.pseudonym, person.category, person.role, person.relationship, NOW).lastInsertRowid));
  }
  db.prepare(`INSERT INTO relationship (from_person_id, to_person_id, kind) VALUES (?, ?, 'partner-of')`).run(personIds.get('kerry'), personIds.get('dean'));

  const agencyIds = new Map<string, number>();
  const agency = (name: string): number => {
    let id = agencyIds.get(name);
    if (id === undefined) {
      id = Number(db.prepare(`INSERT INTO agency (name, created_at) VALUES (?, ?)`).run(name, NOW).lastInsertRowid);
      agencyIds.set(name, id);
    }
    return id;
  };
  const eventType = (name: string): number =>
    (db.prepare(`SELECT id FROM event_type WHERE name = ? COLLATE NOCASE`).get(name) as { id: number } | undefined)?.id ??
    Number(db.prepare(`INSERT INTO event_type (name, sort_order) VALUES (?, 999)`).run(name).lastInsertRowid);

  const entryIds = new Map<number, number>();
  SEED_ENTRIES.forEach((seed, index) => {
    const latest = seed.latest ?? seed.date;
    const id = Number(
      db
        .prepare(
          `INSERT INTO entry (date_original, date_edtf, date_earliest, date_latest, date_precision, agency_id, event_type_id, summary, significance, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          seed.original ?? seed.date,
          seed.latest === undefined ? seed.date : seed.date.slice(0, 7),
          seed.date,
          latest,
          seed.latest === undefined ? 'day' : 'month',
          agency(seed.agency),
          seed.eventType === undefined ? null : eventType(seed.eventType),
          seed.summary,
          seed.significance ?? 'routine',
          NOW,
          NOW,
        ).lastInsertRowid,
    );
    entryIds.set(index, id);
    for (const [person, role] of seed.people ?? []) {
      db.prepare(`INSERT INTO entry_person (entry_id, person_id, role) VALUES (?, ?, ?)`).run(id, personIds.get(person), role);
    }
    for (const [person, seen, seenAlone, spokenTo, views] of seed.children ?? []) {
      db.prepare(
        `INSERT INTO entry_child_contact (entry_id, person_id, seen, seen_alone, spoken_to, views_recorded) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(id, personIds.get(person), seen, seenAlone, spokenTo, views);
    }
    for (const [to, when] of seed.sharedWith ?? []) {
      db.prepare(
        `INSERT INTO entry_shared_with (entry_id, agency_id, when_original, when_edtf, when_earliest, when_latest, when_precision) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, agency(to), when, when, when, when, when === null ? null : 'day');
    }
    for (const label of seed.labels ?? []) db.prepare(`INSERT INTO entry_label (entry_id, label) VALUES (?, ?)`).run(id, label);
  });
  return entryIds;
}
