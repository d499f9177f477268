import { useEffect, useId, useRef, useState } from 'react';
import type { PersonUpdate } from '@shared/api/people';
import { describeAgeAt, personCategories, personCategoryLabels, type Person } from '@shared/domain/people';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CharacteristicsEditor } from './CharacteristicsEditor';
import { HouseholdPeriodsField } from './HouseholdPeriodsField';
import { RelationshipsSection } from './RelationshipsSection';
import { SavedField } from '../../ui/SavedField';
import { StringListField } from './fields';
import { isoDayToWords } from '../../ui/date-input';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';

/** Everything about one person. Each field saves on its own (one undoable change each). */
export function PersonEditor({
  person,
  people,
  ageDate,
}: {
  person: Person;
  people: readonly Person[];
  ageDate: string;
}) {
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a person moves focus to their editor, so keyboard and screen-reader users land there.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);

  const save = async (patch: Omit<PersonUpdate, 'id'>): Promise<void> => {
    const result = await action.run(() => command('people.update', { id: person.id, ...patch }));
    if (result !== undefined) announce('Saved');
  };
  const age = person.dateOfBirth === null ? null : describeAgeAt(person.dateOfBirth, ageDate);

  return (
    <section aria-labelledby={`${id}-heading`} className="people-editor">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {person.pseudonym} <span className="hint">({person.realName})</span>
      </h2>
      <ErrorMessage error={action.error} title="Not saved" />
      <div className="details-grid">
        <SavedField label="Real name" value={person.realName} required onSave={(realName) => save({ realName })} />
        <SavedField
          label="Pseudonym"
          value={person.pseudonym}
          required
          hint="Shown in every published output."
          onSave={(pseudonym) => save({ pseudonym })}
        />
        <SavedField label="Role" value={person.role} onSave={(role) => save({ role })} />
        <SavedField
          label="Relationship to the subject child"
          value={person.relationshipToChild}
          onSave={(relationshipToChild) => save({ relationshipToChild })}
        />
        <EnumSelect<Person['category']>
          id={`${id}-category`}
          label="Category"
          value={person.category}
          options={labelledOptions(personCategories, personCategoryLabels)}
          onChange={(value) => void save({ category: value })}
        />
        <div>
          <SavedField
            label="Date of birth"
            type="date"
            value={person.dateOfBirth ?? ''}
            onSave={(value) => save({ dateOfBirth: value === '' ? null : value })}
          />
          <p className="hint" aria-live="polite">
            {age === null ? 'Age not known.' : `Age at ${isoDayToWords(ageDate)}: ${age}.`}
          </p>
        </div>
      </div>
      <div className="people-lists">
        <StringListField
          label="Other names, aliases and nicknames"
          itemNoun="alias"
          hint="Every one is replaced by the pseudonym in published output."
          values={person.aliases}
          onSave={(aliases) => save({ aliases })}
        />
        <StringListField
          label="Agencies involved"
          itemNoun="agency"
          values={person.agencies}
          onSave={(agencies) => save({ agencies })}
        />
        <HouseholdPeriodsField
          periods={person.householdPeriods}
          onSave={(householdPeriods) => save({ householdPeriods })}
        />
      </div>
      <RelationshipsSection person={person} people={people} />
      <CharacteristicsEditor person={person} />
      <div className="button-row danger-zone">
        {confirmRemove ? (
          <>
            <span role="alert">Remove {person.pseudonym} and their relationships and characteristics?</span>
            <button
              type="button"
              className="cw-button is-danger"
              onClick={() =>
                void action.run(async () => {
                  await command('people.remove', { id: person.id });
                  announce(`Removed ${person.pseudonym}`);
                })
              }
            >
              Remove
            </button>
            <button type="button" onClick={() => setConfirmRemove(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmRemove(true)}>
            Remove {person.pseudonym}…
          </button>
        )}
      </div>
    </section>
  );
}
