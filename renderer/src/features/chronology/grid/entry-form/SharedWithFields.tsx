import type { Agency } from '@shared/domain/chronology';
import { readDate } from '@renderer/ui/DateReading';
import type { EntryDraft } from './entry-draft';
import { SubformRows } from './SubformRows';

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
  return (
    <SubformRows<EntryDraft['sharedWith'][number]>
      legend="Shared with"
      rows={draft.sharedWith}
      onRows={(rows) => onChange({ ...draft, sharedWith: rows })}
      rowLabel="Shared with"
      rowWord="agency"
      empty="Not recorded as shared with another agency."
      newRow={() => ({ agency: '', when: '', how: '' })}
      addLabel="Add an agency"
      before={
        <datalist id={listId}>
          {agencies.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
      }
      renderRow={(row, set) => {
        const reading = readDate(row.when);
        return (
          <>
            <label>
              Agency
              <input value={row.agency} list={listId} onChange={(event) => set({ agency: event.target.value })} />
            </label>
            <label>
              When
              <input
                value={row.when}
                onChange={(event) => set({ when: event.target.value })}
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
                onChange={(event) => set({ how: event.target.value })}
              />
            </label>
          </>
        );
      }}
    />
  );
}
