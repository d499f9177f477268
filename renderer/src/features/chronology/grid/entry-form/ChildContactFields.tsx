import { TRI_STATES, type TriState } from '@shared/domain/chronology';
import type { EntryDraft } from './entry-draft';
import { PersonOptions, SubformRows, type PeoplePartProps } from './SubformRows';
import { Select, labelledOptions } from '@renderer/ui/Select';

/** An agency's "Child seen" column says whether a child was seen before anyone links the entry to a person. */
const UNNAMED = 'unnamed';
const TRI_STATE_WORDS: Readonly<Record<TriState, string>> = { yes: 'yes', no: 'no', unknown: 'not recorded' };
const TRI_STATE_OPTIONS = labelledOptions(TRI_STATES, TRI_STATE_WORDS);

type ContactKey = 'seen' | 'seenAlone' | 'spokenTo' | 'viewsRecorded';
const QUESTIONS: ReadonlyArray<{ readonly key: ContactKey; readonly label: string }> = [
  { key: 'seen', label: 'Seen' },
  { key: 'seenAlone', label: 'Seen alone' },
  { key: 'spokenTo', label: 'Spoken to' },
  { key: 'viewsRecorded', label: 'Views recorded' },
];

/** For each child: seen, seen alone, spoken to, views recorded (yes / no / unknown). */
export function ChildContactFields({ draft, people, onChange }: PeoplePartProps) {
  return (
    <SubformRows<EntryDraft['childContact'][number]>
      legend="The child’s experience"
      rows={draft.childContact}
      onRows={(rows) => onChange({ ...draft, childContact: rows })}
      rowLabel="Child"
      rowWord="child"
      empty="Nothing recorded about whether a child was seen."
      newRow={() => ({
        personId: 0,
        seen: 'unknown',
        seenAlone: 'unknown',
        spokenTo: 'unknown',
        viewsRecorded: 'unknown',
      })}
      addLabel="Add a child"
      renderRow={(row, set) => (
        <>
          <label>
            Child
            <select
              value={row.personId === null ? UNNAMED : String(row.personId)}
              onChange={(event) =>
                set({ personId: event.target.value === UNNAMED ? null : Number(event.target.value) })
              }
            >
              <PersonOptions
                people={people}
                first={<option value={UNNAMED}>The child (not named in the record)</option>}
              />
            </select>
          </label>
          {QUESTIONS.map((q) => (
            <label key={q.key}>
              {q.label}
              <Select<TriState>
                value={row[q.key]}
                options={TRI_STATE_OPTIONS}
                onChange={(state) => set({ [q.key]: state })}
              />
            </label>
          ))}
        </>
      )}
    />
  );
}
