import { describe, expect, it } from 'vitest';
import { buildCompleteness } from '@core/people/completeness';
import { characteristicIds, type CharacteristicRecord, type Person } from '@shared/domain/people';
import { templates } from './review';

const person = (
  id: number,
  pseudonym: string,
  dateOfBirth: string | null,
  category: Person['category'] = 'family',
): Person => ({
  id,
  realName: `Person ${id}`,
  aliases: [],
  pseudonym,
  category,
  role: '',
  relationshipToChild: '',
  dateOfBirth,
  householdPeriods: [],
  agencies: [],
});

const people: Person[] = [
  person(1, 'Child R', '2019-06-14'),
  person(2, 'Sibling R', '2015-02-03'),
  person(3, 'RM', '1994-09-21'),
  person(4, 'RF', '1992-11-02'),
  person(5, 'Mr C', null, 'household'),
  person(6, 'MGM', null),
  person(7, 'HV1', null, 'professional'),
];

const records: CharacteristicRecord[] = [
  {
    personId: 3,
    characteristicId: 'religion-belief',
    state: 'recorded',
    value: { optionId: 'christian', writeIn: null },
    source: 'GP',
  },
  {
    personId: 4,
    characteristicId: 'religion-belief',
    state: 'recorded',
    value: { optionId: 'no-religion', writeIn: null },
    source: 'police',
  },
  { personId: 5, characteristicId: 'religion-belief', state: 'declined', source: 'interview' },
  { personId: 1, characteristicId: 'religion-belief', state: 'not-asked', source: '' },
  { personId: 2, characteristicId: 'religion-belief', state: 'not-recorded-by-agencies', source: '' },
  { personId: 3, characteristicId: 'sexual-orientation', state: 'not-asked', source: '' },
  {
    personId: 6,
    characteristicId: 'age',
    state: 'recorded',
    value: { optionId: 'approximate-age', writeIn: 'about 55' },
    source: 'SW notes',
  },
  {
    personId: 7,
    characteristicId: 'religion-belief',
    state: 'recorded',
    value: { optionId: 'sikh', writeIn: null },
    source: '',
  },
];

const report = buildCompleteness(people, records, templates, '2023-03-31');
const summary = (id: string) => report.summaries.find((s) => s.characteristicId === id)!;
const cell = (personId: number, id: string) =>
  report.cells.find((c) => c.personId === personId && c.characteristicId === id)!;

describe('completeness view', () => {
  it('has a cell for every person and characteristic', () => {
    expect(report.cells).toHaveLength(7 * 9);
    // The nine of the Equality Act, in the Act's order.
    expect(report.characteristics.map((c) => c.id)).toEqual([...characteristicIds]);
  });

  it('writes board-readable sentences that count family and household members only', () => {
    expect(summary('religion-belief').sentence).toBe(
      'Religion or belief recorded for 2 of 6 family members (1 declined, 1 not asked, 1 not recorded by agencies, 1 not yet entered).',
    );
    expect(summary('race').sentence).toBe(
      'Race (ethnic group) recorded for 0 of 6 family members (6 not yet entered).',
    );
    expect(summary('age').sentence).toBe('Age recorded for 5 of 6 family members (1 not yet entered).');
    expect(summary('sexual-orientation').sentence).toBe(
      'Sexual orientation recorded for 0 of 6 family members (1 not asked, 2 not applicable, 3 not yet entered).',
    );
  });

  it('derives age from the date of birth and "not applicable" for under-16s with no entry', () => {
    expect(cell(1, 'age')).toMatchObject({ state: 'recorded', display: '3 years (from date of birth)', derived: true });
    expect(cell(6, 'age')).toMatchObject({
      state: 'recorded',
      display: 'Approximate age (write in): about 55',
      derived: false,
    });
    expect(cell(5, 'age')).toMatchObject({ state: 'missing', display: 'Not yet entered' });
    expect(cell(2, 'sexual-orientation')).toMatchObject({
      state: 'not-applicable',
      display: 'Not applicable: under 16',
      derived: true,
    });
    expect(cell(3, 'sexual-orientation')).toMatchObject({ state: 'not-asked', display: 'Not asked', derived: false });
    expect(cell(3, 'religion-belief')).toMatchObject({ state: 'recorded', display: 'Christian (all denominations)' });
  });
});
