import { TRI_STATES, type TriState } from '@shared/domain/chronology';
import type { Choice } from '../../filters/ChoiceList';
import type { EntryDraft } from './entry-draft';

/** An agency's "Child seen" column says whether a child was seen before anyone links the entry to a person. */
const UNNAMED = 'unnamed';
const TRI_STATE_WORDS: Readonly<Record<TriState, string>> = { yes: 'yes', no: 'no', unknown: 'not recorded' };

type ContactKey = 'seen' | 'seenAlone' | 'spokenTo' | 'viewsRecorded';
const QUESTIONS: ReadonlyArray<{ readonly key: ContactKey; readonly label: string }> = [
  { key: 'seen', label: 'Seen' },
  { key: 'seenAlone', label: 'Seen alone' },
  { key: 'spokenTo', label: 'Spoken to' },
  { key: 'viewsRecorded', label: 'Views recorded' },
];

/** For each child: seen, seen alone, spoken to, views recorded (yes / no / unknown). */
export function ChildContactFields({
  draft,
  people,
  onChange,
}: {
  readonly draft: EntryDraft;
  readonly people: readonly Choice[];
  readonly onChange: (draft: EntryDraft) => void;
}) {
  const set = (index: number, change: Partial<EntryDraft['childContact'][number]>): void =>
    onChange({ ...draft, childContact: draft.childContact.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  return (
    <fieldset className="cw-subform">
      <legend>The child’s experience</legend>
      {draft.childContact.length === 0 ? (
        <p className="hint">Nothing recorded about whether a child was seen.</p>
      ) : null}
      {draft.childContact.map((row, index) => (
        <div key={index} className="cw-subform-row" role="group" aria-label={`Child ${index + 1}`}>
          <label>
            Child
            <select
              value={row.personId === null ? UNNAMED : String(row.personId)}
              onChange={(event) =>
                set(index, { personId: event.target.value === UNNAMED ? null : Number(event.target.value) })
              }
            >
              <option value="0">Choose…</option>
              <option value={UNNAMED}>The child (not named in the record)</option>
              {people.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          {QUESTIONS.map((q) => (
            <label key={q.key}>
              {q.label}
              <select value={row[q.key]} onChange={(event) => set(index, { [q.key]: event.target.value as TriState })}>
                {TRI_STATES.map((state) => (
                  <option key={state} value={state}>
                    {TRI_STATE_WORDS[state]}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button
            type="button"
            onClick={() => onChange({ ...draft, childContact: draft.childContact.filter((_, i) => i !== index) })}
          >
            Remove child {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange({
            ...draft,
            childContact: [
              ...draft.childContact,
              { personId: 0, seen: 'unknown', seenAlone: 'unknown', spokenTo: 'unknown', viewsRecorded: 'unknown' },
            ],
          })
        }
      >
        Add a child
      </button>
    </fieldset>
  );
}
