import type { Agency } from '@shared/domain/chronology';
import { readDate } from '@renderer/ui/DateReading';
import type { EntryDraft } from './entry-draft';

/** Agencies told about the event: who, when (a vague date is fine) and how. */
export function SharedWithFields({
  draft,
  agencies,
  onChange,
  listId,
}: {
  readonly draft: EntryDraft;
  readonly agencies: readonly Agency[];
  readonly onChange: (draft: EntryDraft) => void;
  readonly listId: string;
}) {
  const set = (index: number, change: Partial<EntryDraft['sharedWith'][number]>): void =>
    onChange({ ...draft, sharedWith: draft.sharedWith.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  return (
    <fieldset className="cw-subform">
      <legend>Shared with</legend>
      <datalist id={listId}>
        {agencies.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      {draft.sharedWith.length === 0 ? <p className="hint">Not recorded as shared with another agency.</p> : null}
      {draft.sharedWith.map((row, index) => {
        const reading = readDate(row.when);
        return (
          <div key={index} className="cw-subform-row" role="group" aria-label={`Shared with ${index + 1}`}>
            <label>
              Agency
              <input
                value={row.agency}
                list={listId}
                onChange={(event) => set(index, { agency: event.target.value })}
              />
            </label>
            <label>
              When
              <input
                value={row.when}
                onChange={(event) => set(index, { when: event.target.value })}
                aria-invalid={reading?.ok === false ? true : undefined}
              />
              {reading === null ? null : (
                <span className={`cw-date-reading${reading.ok ? '' : ' is-problem'}`}>{reading.message}</span>
              )}
            </label>
            <label>
              How
              <input
                value={row.how}
                placeholder="e.g. phone call"
                onChange={(event) => set(index, { how: event.target.value })}
              />
            </label>
            <button
              type="button"
              onClick={() => onChange({ ...draft, sharedWith: draft.sharedWith.filter((_, i) => i !== index) })}
            >
              Remove agency {index + 1}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => onChange({ ...draft, sharedWith: [...draft.sharedWith, { agency: '', when: '', how: '' }] })}
      >
        Add an agency
      </button>
    </fieldset>
  );
}
