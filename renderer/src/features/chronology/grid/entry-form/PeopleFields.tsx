import { EVENT_PERSON_ROLES, type EventPersonRole } from '@shared/domain/chronology';
import type { EntryDraft } from './entry-draft';
import { Select, labelledOptions } from '@renderer/ui/Select';
import { PersonOptions, SubformRows, type PeoplePartProps } from './SubformRows';

const ROLE_WORDS: Readonly<Record<EventPersonRole, string>> = {
  present: 'present',
  'alleged-perpetrator': 'alleged perpetrator',
  victim: 'victim',
  witness: 'witness',
  subject: 'subject',
  other: 'other',
};
const ROLE_OPTIONS = labelledOptions(EVENT_PERSON_ROLES, ROLE_WORDS);

/** People involved in the event and their part in it. */
export function PeopleFields({ draft, people, onChange }: PeoplePartProps) {
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
            <Select<EventPersonRole> value={row.role} options={ROLE_OPTIONS} onChange={(role) => set({ role })} />
          </label>
        </>
      )}
    />
  );
}
