import { z } from 'zod';
import sampleChronologyFile from '@templates/sample/chronology.json';
import {
  childContactSchema,
  entryFieldsSchema,
  entryPersonSchema,
  sharedWithInputSchema,
  type ChronologyEntryInput,
} from '../../shared/api/chronology';
import { addEntry } from '../chronology/entries';
import { createEpisode } from '../chronology/episodes';
import { ensureAgency, findEventTypeId } from '../chronology/lookups';
import { linkDuplicate, recordCandidate } from '../chronology/duplicates';
import type { WritableDb } from '../store/db-types';

/**
 * The sample chronology (wholly fictional): the Ashdown household in Westmoor, 2019–2023, as
 * seven agencies recorded it. The entries are data, in `templates/sample/chronology.json` (what
 * they show is described there); this file checks them and writes them, then adds the episodes
 * and duplicate pairs that point at entries by their place in that list.
 */
const sampleEntrySchema = z
  .object({
    date: z.string(),
    time: z.string().optional(),
    agency: z.string(),
    /** The built-in event type's name. */
    eventType: z.string(),
    sourceRole: z.string().optional(),
    significance: entryFieldsSchema.shape.significance.default('routine'),
    summary: z.string(),
    actionTaken: z.string().default(''),
    outcome: z.string().default(''),
    analysis: z.string().default(''),
    /** People by pseudonym, as in the sample people register. */
    people: z.array(entryPersonSchema.omit({ personId: true }).extend({ person: z.string() }).strict()).default([]),
    childContact: z
      .array(childContactSchema.omit({ personId: true }).extend({ person: z.string() }).strict())
      .default([]),
    sharedWith: z.array(sharedWithInputSchema.strict()).default([]),
    tags: z.array(z.string()).default([]),
  })
  .strict();

const sampleChronologySchema = z.object({
  about: z.string(),
  agencies: z.array(z.string()),
  entries: z.array(sampleEntrySchema),
});

export function seedChronology(db: WritableDb): void {
  const personIds = new Map<string, number>(
    (db.prepare('SELECT id, pseudonym FROM person').all() as { id: number; pseudonym: string }[]).map((p) => [
      p.pseudonym,
      p.id,
    ]),
  );
  const { agencies, entries } = sampleChronologySchema.parse(sampleChronologyFile);
  for (const agency of agencies) ensureAgency(db, agency);
  // People appear only when the people register has them (the sample builds it first).
  const registered = <T extends { readonly person: string }>(rows: readonly T[]) =>
    rows.flatMap(({ person, ...row }) => {
      const personId = personIds.get(person);
      return personId === undefined ? [] : [{ ...row, personId }];
    });
  const ids: number[] = [];
  for (const { eventType, sourceRole, time, people, childContact, ...fields } of entries) {
    const input: ChronologyEntryInput = {
      ...fields,
      time: time ?? null,
      source: { role: sourceRole ?? null },
      eventTypeId: findEventTypeId(db, eventType) ?? null,
      people: registered(people),
      childContact: registered(childContact),
    };
    ids.push(addEntry(db, input).id);
  }
  const at = (index: number): number => ids[index]!;

  createEpisode(db, {
    title: 'Three call-outs and a closure (September 2019 – April 2020)',
    periodFrom: 'September 2019',
    periodTo: 'April 2020',
    analysis:
      'Each police call-out was screened on its own. The assessment relied on RM saying the relationship was over, and its closure was not shared with the health visitor or GP.',
    entryIds: [at(2), at(3), at(7), at(8), at(9), at(10)],
  });
  createEpisode(db, {
    title: 'The January 2022 assault and its aftermath (January – August 2022)',
    periodFrom: 'January 2022',
    periodTo: 'August 2022',
    analysis:
      'A high-risk incident led to a strategy discussion without health or school, a MARAC, and a closure four months later that only the school heard about.',
    entryIds: [at(30), at(31), at(32), at(33), at(34), at(35), at(37)],
  });

  // The police record of an incident and social care's record of the notification: one pair
  // linked by the reviewer, one left open for the tour of duplicate handling.
  recordCandidate(db, at(2), at(3), 0.45, 'dates within a few days; police notification and its receipt');
  recordCandidate(
    db,
    at(24),
    at(25),
    0.5,
    "dates within a few days; 50% of the wording in common with Children's Social Care's record",
  );
  const linked = db
    .prepare('SELECT id FROM duplicate_candidate WHERE entry_a = ? AND entry_b = ?')
    .pluck()
    .get(Math.min(at(24), at(25)), Math.max(at(24), at(25))) as number;
  linkDuplicate(db, linked);
}
