import { TRI_STATES, type TriState } from '../../../../../../electron/shared/domain/chronology';
import type { Choice } from '../../filters/ChoiceList';
import type { EntryDraft } from './entry-draft';

type ContactKey = 'seen' | 'seenAlone' | 'spokenTo' | 'viewsRecorded';
const QUESTIONS: ReadonlyArray<{ readonly key: ContactKey; readonly label: string }> = [
  { key: 'seen', label: 'Seen' },
  { key: 'seenAlone', label: 'Seen alone' },
  { key: 'spokenTo', label: 'Spoken to' },
  { key: 'viewsRecorded', label: 'Views recorded' },
];

/** For each child: seen, seen alone, spoken to, views recorded (yes / no / unknown). */
export function ChildContactFields({ draft, people, onChange }: { readonly draft: EntryDraft; readonly people: readonly Choice[]; readonly onChange: (draft: EntryDraft) => void }) {
  const set = (index: number, change: Partial<EntryDraft['childContact'][number]>): void =>
    onChange({ ...draft, childContact: draft.childContact.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  return (
    <fieldset className="cw-subform">
      <legend>The child’s experience</legend>
      {draft.childContact.length === 0 ? <p className="hint">Nothing recorded about whether a child was seen.</p> : null}
      {draft.childContact.map((row, index) => (
        <div key={index} className="cw-subform-row" role="group" aria-label={`Child ${index + 1}`}>
          <label>
            Child
            <select value={String(row.personId)} onChange={(event) => set(index, { personId: Number(event.target.value) })}>
              <option value="0">Choose…</option>
              {people.map((p) => <option key={p.id} value={String(p.id)}>{p.label}</option>)}
            </select>
          </label>
          {QUESTIONS.map((q) => (
            <label key={q.key}>
              {q.label}
              <select value={row[q.key]} onChange={(event) => set(index, { [q.key]: event.target.value as TriState })}>
                {TRI_STATES.map((state) => <option key={state} value={state}>{state}</option>)}
              </select>
            </label>
          ))}
          <button type="button" onClick={() => onChange({ ...draft, childContact: draft.childContact.filter((_, i) => i !== index) })}>
            Remove child {index + 1}
          </button>
        </div>
      ))}
      <button type="button" disabled={people.length === 0}
        onClick={() => onChange({ ...draft, childContact: [...draft.childContact, { personId: 0, seen: 'unknown', seenAlone: 'unknown', spokenTo: 'unknown', viewsRecorded: 'unknown' }] })}>
        Add a child
      </button>
    </fieldset>
  );
}
