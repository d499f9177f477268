import { describe, expect, it } from 'vitest';
import { characteristicInputSchema, personInputSchema } from '@shared/api/people';
import { clearCharacteristic, listCharacteristics, setCharacteristic } from '@core/people/characteristics';
import { addPerson } from '@core/people/person-service';
import { listPeople } from '@core/people/person-rows';
import { buildCompleteness } from '@core/people/completeness';
import type { CharacteristicTemplate } from '@shared/domain/people';
import { emptyReview } from '@test/helpers/review';
import { templates } from './review';

const race = templates.find((t) => t.id === 'race')!;
const religion = templates.find((t) => t.id === 'religion-belief')!;

/** Sets a characteristic from input as the API receives it (parsed by its schema), against the given templates. */
function setParsed(db: Parameters<typeof setCharacteristic>[0], input: unknown, list = templates) {
  return setCharacteristic(db, characteristicInputSchema.parse(input), list);
}

/** The input for a characteristic recorded as one listed value. */
function recorded(personId: number, characteristicId: string, optionId: string) {
  return { personId, characteristicId, state: 'recorded', value: { optionId } };
}

function reviewWithKerry() {
  const review = emptyReview({ actor: 'Reviewer A' }).review;
  const person = review.write('Add', (db) =>
    addPerson(db, personInputSchema.parse({ realName: 'Kerry Ashdown', pseudonym: 'RM' })),
  );
  return { review, personId: person.id };
}

describe('protected characteristics', () => {
  it('stores state apart from value and reads back the matching union member', () => {
    const { review, personId } = reviewWithKerry();
    review.write('Set', (db) => {
      setParsed(db, {
        personId,
        characteristicId: 'race',
        state: 'recorded',
        value: { optionId: 'white-british' },
        source: 'GP records',
      });
      setParsed(db, {
        personId,
        characteristicId: 'religion-belief',
        state: 'recorded',
        value: { optionId: 'other-religion', writeIn: 'Pagan' },
      });
      setParsed(db, {
        personId,
        characteristicId: 'pregnancy-maternity',
        state: 'not-applicable',
        reason: 'not pregnant in the period',
      });
      setParsed(db, { personId, characteristicId: 'sexual-orientation', state: 'not-asked' });
    });
    expect(listCharacteristics(review.db, personId)).toEqual([
      {
        personId,
        characteristicId: 'pregnancy-maternity',
        source: '',
        state: 'not-applicable',
        reason: 'not pregnant in the period',
      },
      {
        personId,
        characteristicId: 'race',
        source: 'GP records',
        state: 'recorded',
        value: { optionId: 'white-british', writeIn: null },
        recordedWith: { listVersion: race.version, optionLabel: 'English, Welsh, Scottish, Northern Irish or British' },
      },
      {
        personId,
        characteristicId: 'religion-belief',
        source: '',
        state: 'recorded',
        value: { optionId: 'other-religion', writeIn: 'Pagan' },
        recordedWith: { listVersion: religion.version, optionLabel: 'Any other religion (write in)' },
      },
      { personId, characteristicId: 'sexual-orientation', source: '', state: 'not-asked' },
    ]);
  });

  it('replaces a record when the state changes, dropping the old value', () => {
    const { review, personId } = reviewWithKerry();
    review.write('Set', (db) => setParsed(db, recorded(personId, 'sex', 'female')));
    const next = review.write('Set', (db) => setParsed(db, { personId, characteristicId: 'sex', state: 'declined' }));
    expect(next).toEqual({ personId, characteristicId: 'sex', source: '', state: 'declined' });
    expect(review.write('Clear', (db) => clearCharacteristic(db, personId, 'sex'))).toEqual({ removed: true });
    expect(listCharacteristics(review.db)).toEqual([]);
  });

  it.each([
    [{ state: 'recorded', value: {} }, /needs a value/],
    [{ state: 'not-applicable' }, /reason/i],
    [{ state: 'not-applicable', reason: '  ' }, /cannot be empty/],
    [{ state: 'declined', value: { optionId: 'female' } }, null],
  ])('rejects wrong state/value combinations at the boundary: %j', (shape, message) => {
    const parsed = characteristicInputSchema.safeParse({ personId: 1, characteristicId: 'sex', ...shape });
    if (message === null) {
      // Extra keys are stripped: a declined record never carries the value through.
      expect(parsed.success && !('value' in parsed.data)).toBe(true);
    } else {
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toMatch(message);
    }
  });

  it('checks values against the template: unknown options and write-ins where none is allowed', () => {
    const { review, personId } = reviewWithKerry();
    const set = (input: unknown) => () =>
      review.write('Set', (db) => setCharacteristic(db, characteristicInputSchema.parse(input), templates));
    expect(set({ personId, characteristicId: 'sex', state: 'recorded', value: { optionId: 'other' } })).toThrow(
      /"other" is not a value of Sex/,
    );
    expect(
      set({ personId, characteristicId: 'sex', state: 'recorded', value: { optionId: 'female', writeIn: 'x' } }),
    ).toThrow(/no written-in text/);
    expect(set({ personId, characteristicId: 'sex', state: 'recorded', value: { writeIn: 'x' } })).toThrow(
      /choose one of the listed values/,
    );
    expect(set({ personId: 999, characteristicId: 'sex', state: 'declined' })).toThrow(/No person with id 999/);
  });

  it('keeps what an old review recorded when a newer version of the list rewords or drops an option', () => {
    const { review, personId } = reviewWithKerry();
    review.write('Set', (db) => setParsed(db, recorded(personId, 'religion-belief', 'christian')));
    // A board's later list rewords the option and drops another; the review file is untouched.
    const newer: CharacteristicTemplate = {
      ...religion,
      version: '2031.1',
      options: religion.options
        .filter((o) => o.id !== 'sikh')
        .map((o) => (o.id === 'christian' ? { ...o, label: 'Christian (any denomination)' } : o)),
    };
    const templatesLater = templates.map((t) => (t.id === 'religion-belief' ? newer : t));
    const record = listCharacteristics(review.db, personId).find((r) => r.characteristicId === 'religion-belief')!;
    expect(record).toMatchObject({
      value: { optionId: 'christian' },
      recordedWith: { listVersion: religion.version, optionLabel: 'Christian (all denominations)' },
    });
    const kerry = listPeople(review.db)[0]!;
    const cell = buildCompleteness([kerry], listCharacteristics(review.db), templatesLater, '2023-03-31').cells.find(
      (c) => c.characteristicId === 'religion-belief',
    );
    expect(cell?.display).toBe('Christian (all denominations)');

    // A value recorded before the review kept the list's wording reads from the current list.
    review.db
      .prepare(
        `UPDATE characteristic SET list_version = NULL, value_label = NULL WHERE characteristic = 'religion-belief'`,
      )
      .run();
    const old = listCharacteristics(review.db, personId).find((r) => r.characteristicId === 'religion-belief')!;
    expect(old).toMatchObject({ state: 'recorded', recordedWith: null });
    expect(
      buildCompleteness([kerry], [old], templatesLater, '2023-03-31').cells.find(
        (c) => c.characteristicId === 'religion-belief',
      )?.display,
    ).toBe('Christian (any denomination)');

    // Recording again uses the newer list and says so.
    review.write('Set', (db) => setParsed(db, recorded(personId, 'religion-belief', 'christian'), templatesLater));
    expect(
      listCharacteristics(review.db, personId).find((r) => r.characteristicId === 'religion-belief'),
    ).toMatchObject({
      recordedWith: { listVersion: '2031.1', optionLabel: 'Christian (any denomination)' },
    });
  });

  it('undo brings back the wording a value was recorded with', () => {
    const { review, personId } = reviewWithKerry();
    review.write('Set', (db) => setParsed(db, recorded(personId, 'sex', 'female')));
    review.write('Decline', (db) => setParsed(db, { personId, characteristicId: 'sex', state: 'declined' }));
    review.undo();
    expect(listCharacteristics(review.db, personId)).toEqual([
      expect.objectContaining({
        state: 'recorded',
        recordedWith: { listVersion: templates.find((t) => t.id === 'sex')!.version, optionLabel: 'Female' },
      }),
    ]);
  });
});

describe('the detail of a characteristic', () => {
  const disability = (detail: string) =>
    characteristicInputSchema.safeParse({ personId: 1, characteristicId: 'disability', state: 'unknown', detail });

  it('is stored beside the value, kept by an edit that does not mention it, and cleared only on purpose', () => {
    const { review, personId } = reviewWithKerry();
    const input = {
      personId,
      characteristicId: 'religion-belief',
      state: 'recorded',
      value: { optionId: 'christian' },
      source: 'GP records',
    };
    review.write('Set', (db) => setParsed(db, { ...input, detail: '  Attends a small chapel  ' }));
    expect(listCharacteristics(review.db, personId)[0]).toMatchObject({
      source: 'GP records',
      detail: 'Attends a small chapel',
    });

    // A script or older caller that sends no detail changes the source but keeps the words.
    review.write('Set', (db) =>
      setCharacteristic(db, characteristicInputSchema.parse({ ...input, source: 'school' }), templates),
    );
    expect(listCharacteristics(review.db, personId)[0]).toMatchObject({
      source: 'school',
      detail: 'Attends a small chapel',
    });

    // The detail stays with a change of state too: it is the reviewer's note, not the value.
    review.write('Set', (db) => setParsed(db, { personId, characteristicId: 'religion-belief', state: 'declined' }));
    expect(listCharacteristics(review.db, personId)[0]).toMatchObject({
      state: 'declined',
      detail: 'Attends a small chapel',
    });

    review.write('Set', (db) =>
      setParsed(db, {
        personId,
        characteristicId: 'religion-belief',
        state: 'declined',
        detail: '',
      }),
    );
    expect(listCharacteristics(review.db, personId)[0]).not.toHaveProperty('detail');
  });

  it('is undone with the rest of the edit', () => {
    const { review, personId } = reviewWithKerry();
    review.write('Set', (db) => setParsed(db, recorded(personId, 'sex', 'female')));
    review.write('Detail', (db) =>
      setParsed(db, {
        personId,
        characteristicId: 'sex',
        state: 'recorded',
        value: { optionId: 'female' },
        detail: 'Recorded by the GP',
      }),
    );
    expect(listCharacteristics(review.db, personId)[0]).toMatchObject({ detail: 'Recorded by the GP' });
    review.undo();
    expect(listCharacteristics(review.db, personId)[0]).not.toHaveProperty('detail');
  });

  it('refuses an overlong detail at the boundary', () => {
    expect(disability('x'.repeat(1000)).success).toBe(true);
    expect(disability('x'.repeat(1001)).success).toBe(false);
  });
});
