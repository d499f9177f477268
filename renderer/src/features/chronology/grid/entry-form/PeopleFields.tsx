import { EVENT_PERSON_ROLES, type EventPersonRole } from '@shared/domain/chronology';
import type { Choice } from '../../filters/ChoiceList';
import type { EntryDraft } from './entry-draft';

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
  const set = (index: number, change: Partial<EntryDraft['people'][number]>): void =>
    onChange({ ...draft, people: draft.people.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  return (
    <fieldset className="cw-subform">
      <legend>People involved</legend>
      {draft.people.length === 0 ? <p className="hint">No one recorded.</p> : null}
      {draft.people.map((row, index) => (
        <div key={index} className="cw-subform-row" role="group" aria-label={`Person ${index + 1}`}>
          <label>
            Person
            <select
              value={String(row.personId)}
              onChange={(event) => set(index, { personId: Number(event.target.value) })}
            >
              <option value="0">Choose…</option>
              {people.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <select value={row.role} onChange={(event) => set(index, { role: event.target.value as EventPersonRole })}>
              {EVENT_PERSON_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_WORDS[role]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => onChange({ ...draft, people: draft.people.filter((_, i) => i !== index) })}
          >
            Remove person {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={people.length === 0}
        onClick={() => onChange({ ...draft, people: [...draft.people, { personId: 0, role: 'present' }] })}
      >
        Add a person
      </button>
      {people.length === 0 ? <p className="hint">Add people to the review’s people register first.</p> : null}
    </fieldset>
  );
}
