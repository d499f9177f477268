import { describe, expect, it } from 'vitest';
import { matchPeople } from '@renderer/features/people/match-people';
import type { Person } from '@shared/domain/people';

const person = (id: number, realName: string, pseudonym: string, aliases: string[] = []): Person => ({
  id,
  realName,
  pseudonym,
  aliases,
  category: 'family',
  role: '',
  relationshipToChild: '',
  dateOfBirth: null,
  householdPeriods: [],
  agencies: [],
});
const people = [
  person(1, 'Zoë Pike', 'Child P'),
  person(2, 'Jason Pike', 'PF', ['Jay']),
  person(3, 'Jayden Moss', 'Friend 1'),
];

describe('mention suggestions', () => {
  it.each([
    ['', [1, 2, 3]],
    ['zoe', [1]],
    ['pike', [1, 2]],
    ['jay', [2, 3]],
    ['jayd', [3]],
    ['PF', [2]],
    ['child', [1]],
    ['x', []],
  ])('%j → %j', (query, ids) => {
    expect(matchPeople(people, query).map((p) => p.id)).toEqual(ids);
  });

  it('limits the number of suggestions', () => {
    expect(matchPeople(people, '', 2)).toHaveLength(2);
  });
});
