/**
 * The sample family (fictional, shared with every area of the sample review): the Ashdown
 * household in Westmoor, four professionals, their relationships, identifiers to redact, and
 * protected characteristics in a realistic mix of states — several never recorded by any
 * agency, as the national panel found in real reviews.
 */
import { characteristicInputSchema, personInputSchema } from '../../shared/api/people';
import { setCharacteristic } from '../people/characteristics';
import { addIdentifier } from '../people/identifiers';
import { addPerson } from '../people/person-service';
import { addRelationship } from '../people/relationships';
import type { WritableDb } from '../store/db-types';

const people = [
  {
    realName: 'Ruby Ashdown',
    pseudonym: 'Child R',
    role: 'subject child',
    relationshipToChild: 'subject child',
    dateOfBirth: '2019-06-14',
    householdPeriods: [{ from: '2019-06-14' }],
    agencies: ['Health Visiting', 'GP Practice', "Children's Social Care"],
  },
  {
    realName: 'Leo Ashdown',
    pseudonym: 'Sibling R',
    role: 'half-sibling',
    relationshipToChild: 'half-sibling (same mother)',
    dateOfBirth: '2015-02-03',
    householdPeriods: [{ from: '2015-02-03' }],
    agencies: ['Westmoor Primary School', 'GP Practice', "Children's Social Care"],
  },
  {
    realName: 'Kerry Ashdown',
    aliases: ['Kez'],
    pseudonym: 'RM',
    role: 'mother',
    relationshipToChild: 'mother',
    dateOfBirth: '1994-09-21',
    householdPeriods: [{ from: '2015-02-03' }],
    agencies: ['Health Visiting', 'GP Practice', 'Domestic Abuse Service', 'Housing', 'Westmoor Police'],
  },
  {
    realName: 'Connor Walsh',
    pseudonym: 'RF',
    role: 'father',
    relationshipToChild: 'father (separated from RM in 2020)',
    dateOfBirth: '1992-11-02',
    householdPeriods: [{ from: '2019-06-14', to: '2020-08-01' }],
    agencies: ['Westmoor Police'],
  },
  {
    realName: 'Dean Croft',
    aliases: ['Deano'],
    pseudonym: 'Mr C',
    category: 'household',
    role: "mother's partner",
    relationshipToChild: "mother's partner from 2021",
    dateOfBirth: '1989-04-30',
    householdPeriods: [{ from: '2021-09-01' }],
    agencies: ['Westmoor Police', 'Domestic Abuse Service'],
  },
  {
    realName: 'Sandra Ashdown',
    pseudonym: 'MGM',
    role: 'maternal grandmother',
    relationshipToChild: 'maternal grandmother',
    agencies: ["Children's Social Care"],
  },
  {
    realName: 'Priya Natt',
    pseudonym: 'HV1',
    category: 'professional',
    role: 'health visitor',
    agencies: ['Health Visiting'],
  },
  {
    realName: 'Tom Ellery',
    pseudonym: 'SW1',
    category: 'professional',
    role: 'social worker',
    agencies: ["Children's Social Care"],
  },
  {
    realName: 'Dr Helen Ferris',
    pseudonym: 'GP1',
    category: 'professional',
    role: 'general practitioner',
    agencies: ['GP Practice'],
  },
  {
    realName: 'PC Arun Bains',
    pseudonym: 'PC1',
    category: 'professional',
    role: 'police officer',
    agencies: ['Westmoor Police'],
  },
] as const;

type Pseudonym = (typeof people)[number]['pseudonym'];

/** [pseudonym, characteristic, state, option or reason, source] */
const characteristics: readonly [Pseudonym, string, string, string | null, string][] = [
  ['Child R', 'sex', 'recorded', 'female', 'Health visiting records'],
  ['Child R', 'race', 'recorded', 'white-british', 'Health visiting records'],
  ['Child R', 'religion-belief', 'not-asked', null, ''],
  ['Child R', 'disability', 'not-recorded-by-agencies', null, ''],
  ['Child R', 'pregnancy-maternity', 'not-applicable', 'a young child', ''],
  ['Sibling R', 'sex', 'recorded', 'male', 'School records'],
  ['Sibling R', 'race', 'recorded', 'mixed-white-black-caribbean', 'School census'],
  ['Sibling R', 'disability', 'recorded', 'limited-a-little', 'School SEN register (speech and language needs)'],
  ['Sibling R', 'religion-belief', 'not-asked', null, ''],
  ['RM', 'sex', 'recorded', 'female', 'GP records'],
  ['RM', 'race', 'recorded', 'white-british', 'GP records'],
  ['RM', 'disability', 'recorded', 'not-limited', 'GP records (anxiety)'],
  ['RM', 'marriage-civil-partnership', 'recorded', 'never-married', 'Police records'],
  ['RM', 'pregnancy-maternity', 'recorded', 'maternity', 'Midwifery records (Child R born June 2019)'],
  ['RM', 'religion-belief', 'not-recorded-by-agencies', null, ''],
  ['RM', 'sexual-orientation', 'not-asked', null, ''],
  ['RM', 'gender-reassignment', 'not-asked', null, ''],
  ['RF', 'sex', 'recorded', 'male', 'Police records'],
  ['RF', 'race', 'recorded', 'white-irish', 'Police records'],
  ['RF', 'religion-belief', 'not-recorded-by-agencies', null, ''],
  ['RF', 'disability', 'unknown', null, ''],
  ['Mr C', 'sex', 'recorded', 'male', 'Police records'],
  ['Mr C', 'race', 'not-recorded-by-agencies', null, ''],
  ['Mr C', 'religion-belief', 'not-recorded-by-agencies', null, ''],
  ['Mr C', 'disability', 'declined', null, 'Probation assessment'],
  ['MGM', 'sex', 'recorded', 'female', 'Conversation with the reviewer'],
  ['MGM', 'religion-belief', 'recorded', 'christian', 'Conversation with the reviewer'],
  ['MGM', 'marriage-civil-partnership', 'recorded', 'divorced', 'Conversation with the reviewer'],
];

export function seedPeople(db: WritableDb): void {
  const ids = new Map<string, number>();
  for (const p of people) ids.set(p.pseudonym, addPerson(db, personInputSchema.parse(p)).id);
  const id = (pseudonym: Pseudonym): number => ids.get(pseudonym)!;

  const relationships: [Pseudonym, Pseudonym, string, string | null, string | null][] = [
    ['RM', 'Child R', 'parent-of', null, null],
    ['RM', 'Sibling R', 'parent-of', null, null],
    ['RF', 'Child R', 'parent-of', null, null],
    ['Sibling R', 'Child R', 'half-sibling-of', null, null],
    ['RM', 'RF', 'ex-partner-of', '2018-05-01', '2020-08-01'],
    ['RM', 'Mr C', 'partner-of', '2021-03-01', null],
    ['MGM', 'RM', 'parent-of', null, null],
    ['MGM', 'Child R', 'grandparent-of', null, null],
    ['MGM', 'Sibling R', 'grandparent-of', null, null],
  ];
  for (const [from, to, kind, fromDate, toDate] of relationships) {
    addRelationship(db, { from: id(from), to: id(to), kind: kind as 'parent-of', fromDate, toDate, note: '' });
  }

  for (const [pseudonym, characteristicId, state, detail, source] of characteristics) {
    const input =
      state === 'recorded'
        ? { state, value: { optionId: detail } }
        : state === 'not-applicable'
          ? { state, reason: detail }
          : { state };
    // The sample's option ids are checked against the shipped templates by its unit test; the
    // seeder itself does not read template files (the packaged app may keep them elsewhere).
    setCharacteristic(
      db,
      characteristicInputSchema.parse({ personId: id(pseudonym), characteristicId, source, ...input }),
      [],
    );
  }

  addIdentifier(db, { text: '14 Larkspur Close, Westmoor', kind: 'address' });
  addIdentifier(db, { text: 'WM4 7QT', kind: 'postcode' });
  addIdentifier(db, { text: 'Westmoor Primary School', kind: 'school' });
}
