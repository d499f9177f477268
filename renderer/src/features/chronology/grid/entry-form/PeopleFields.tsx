import { EVENT_PERSON_ROLES, type EventPersonRole } from '@shared/domain/chronology';
import type { Choice } from '../../filters/ChoiceList';
import type { EntryDraft } from './entry-draft';
import { PersonOptions, SubformRows } from './SubformRows';

const ROLE_WORDS: Readonly<Record<EventPersonRole, string>> = {
  present: 'present',
  'alleged-perpetrator': 'alleged perpetrator',
  victim: 'victim',
  witness: 'witness',
  subject: 'subject',
  other: 'other',
};

/** People involved in the event and their part in it. */
export function PeopleFields({
  draft,
  people,
  onChange,
}: {
  readonly draft: EntryDraft;
  readonly people: readonly Choice[];
  readonly onChange: (draft: EntryDraft) => void;
}) {
  return (
    <SubformRows<EntryDraft['people'][number]>
      legend="People involved"
      rows={draft.people}
      onRows={(rows) => onChange({ ...draft, people: rows })}
      rowLabel="Person"
      rowWord="person"
      empty="No one recorded."
      newRow={() => ({ personId: 0, role: 'present' })}
      addLabel="Add a person"
      addDisabled={people.length === 0}
      after={people.length === 0 ? <p className="hint">Add people to the review’s people register first.</p> : null}
      renderRow={(row, set) => (
        <>
          <label>
            Person
            <select value={String(row.personId)} onChange={(event) => set({ personId: Number(event.target.value) })}>
              <PersonOptions people={people} />
            </select>
          </label>
          <label>
            Role
            <select value={row.role} onChange={(event) => set({ role: event.target.value as EventPersonRole })}>
              {EVENT_PERSON_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_WORDS[role]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    />
  );
}
