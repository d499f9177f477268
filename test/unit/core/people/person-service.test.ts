import { describe, expect, it } from 'vitest';
import { personInputSchema, personUpdateSchema } from '@shared/api/people';
import { listPeople } from '@core/people/person-rows';
import { addPerson, removePerson, updatePerson } from '@core/people/person-service';
import { addRelationship, listRelationships } from '@core/people/relationships';
import { setCharacteristic, listCharacteristics } from '@core/people/characteristics';
import { CasewrightError } from '@shared/errors';
import { emptyReview } from '@test/helpers/review';
import { templates } from './review';

const kerry = personInputSchema.parse({
  realName: 'Kerry Ashdown',
  aliases: ['Kez'],
  pseudonym: 'RM',
  role: 'mother',
  relationshipToChild: 'mother',
  dateOfBirth: '1994-09-21',
  householdPeriods: [{ from: '2019-06-14' }],
  agencies: ['Health Visiting', 'Westmoor Police'],
});

describe('people service', () => {
  it('adds a person with aliases, households and agencies, and lists them back', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    const added = review.write('Add', (db) => addPerson(db, kerry));
    // Everything given comes back as given, with an id and the default category.
    expect(added).toEqual({ ...kerry, id: added.id, category: 'family' });
    expect(listPeople(review.db)).toEqual([added]);
  });

  it('lists family, then household, then professionals', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    review.write('Add', (db) => {
      addPerson(db, personInputSchema.parse({ realName: 'Priya Natt', pseudonym: 'HV1', category: 'professional' }));
      addPerson(db, personInputSchema.parse({ realName: 'Dean Croft', pseudonym: 'Mr C', category: 'household' }));
      addPerson(db, kerry);
    });
    expect(listPeople(review.db).map((p) => p.pseudonym)).toEqual(['RM', 'Mr C', 'HV1']);
  });

  it('refuses a pseudonym already in use (any case) or one containing the real name', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    review.write('Add', (db) => addPerson(db, kerry));
    const clash = personInputSchema.parse({ realName: 'Connor Walsh', pseudonym: 'rm' });
    expect(() => review.write('Add', (db) => addPerson(db, clash))).toThrow(/already used/);
    const leaky = personInputSchema.parse({ realName: 'Connor Walsh', pseudonym: 'Mr Walsh' });
    try {
      review.write('Add', (db) => addPerson(db, leaky));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CasewrightError);
      expect((error as CasewrightError).details?.problems?.[0]?.field).toBe('pseudonym');
    }
  });

  it('updates only the fields given and replaces list fields whole', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    const { id } = review.write('Add', (db) => addPerson(db, kerry));
    const updated = review.write('Edit', (db) =>
      updatePerson(db, { id, aliases: ['Kez', 'Kezza'], dateOfBirth: null }),
    );
    expect(updated.aliases).toEqual(['Kez', 'Kezza']);
    expect(updated.dateOfBirth).toBeNull();
    expect(updated.agencies).toEqual(['Health Visiting', 'Westmoor Police']);
    expect(updated.pseudonym).toBe('RM');
  });

  it('removes a person with everything pointing at them, and undo brings it all back', () => {
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    const [mother, child] = review.write('Add', (db) => [
      addPerson(db, kerry),
      addPerson(
        db,
        personInputSchema.parse({ realName: 'Ruby Ashdown', pseudonym: 'Child R', dateOfBirth: '2019-06-14' }),
      ),
    ]);
    review.write('Relate', (db) =>
      addRelationship(db, {
        from: mother!.id,
        to: child!.id,
        kind: 'parent-of',
        fromDate: null,
        toDate: null,
        note: '',
      }),
    );
    review.write('Set', (db) =>
      setCharacteristic(
        db,
        { personId: mother!.id, characteristicId: 'religion-belief', state: 'declined', source: 'interview' },
        templates,
      ),
    );
    expect(review.write('Remove', (db) => removePerson(db, mother!.id))).toEqual({ removed: true });
    expect(listPeople(review.db).map((p) => p.pseudonym)).toEqual(['Child R']);
    expect(listRelationships(review.db)).toEqual([]);
    expect(listCharacteristics(review.db)).toEqual([]);

    review.undo();
    expect(listPeople(review.db).map((p) => p.pseudonym)).toEqual(['RM', 'Child R']);
    expect(listPeople(review.db)[0]!.aliases).toEqual(['Kez']);
    expect(listRelationships(review.db)).toHaveLength(1);
    expect(listCharacteristics(review.db)).toHaveLength(1);
  });

  it('an update through the API schema changes only what it names (no defaults fill the rest)', () => {
    expect(personUpdateSchema.parse({ id: 1, aliases: ['Kez'] })).toEqual({ id: 1, aliases: ['Kez'] });
    const review = emptyReview({ actor: 'Reviewer A' }).review;
    const { id } = review.write('Add', (db) => addPerson(db, kerry));
    const updated = review.write('Edit', (db) =>
      updatePerson(db, personUpdateSchema.parse({ id, aliases: ['Kez', 'K'] })),
    );
    expect(updated).toMatchObject({
      role: 'mother',
      dateOfBirth: '1994-09-21',
      agencies: ['Health Visiting', 'Westmoor Police'],
    });
  });

  it('validates input: dates must be real, periods must not run backwards', () => {
    expect(personInputSchema.safeParse({ realName: 'A B', pseudonym: 'X', dateOfBirth: '2019-02-30' }).success).toBe(
      false,
    );
    expect(
      personInputSchema.safeParse({
        realName: 'A B',
        pseudonym: 'X',
        householdPeriods: [{ from: '2021-01-01', to: '2020-01-01' }],
      }).success,
    ).toBe(false);
    expect(personInputSchema.safeParse({ realName: ' ', pseudonym: 'X' }).success).toBe(false);
  });
});
