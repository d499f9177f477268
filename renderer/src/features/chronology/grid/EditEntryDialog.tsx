import { useId, useState, type FormEvent } from 'react';
import type { Agency, ChronologyEntry } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import type { Choice } from '../filters/ChoiceList';
import { EntryTagPanel } from '../../findings/TagPanel';
import { Dialog } from '@renderer/ui/Dialog';
import { ChildContactFields } from './entry-form/ChildContactFields';
import { draftFromEntry, patchFromDraft } from './entry-form/entry-draft';
import { PeopleFields } from './entry-form/PeopleFields';
import { SharedWithFields } from './entry-form/SharedWithFields';
import { dateCellText } from './grid-columns';
import { ExtraFieldsList } from './entry-form/ExtraFieldsList';
import { Field } from '@renderer/ui/Field';
import { Button } from '@renderer/ui/Button';

/**
 * The fields the grid has no columns for: source, analysis, tags, significance, the people
 * involved, whether each child was seen and heard, and who the information was shared with.
 * Saved as one change, so one Undo takes it back.
 */
export function EditEntryDialog(props: {
  readonly entry: ChronologyEntry;
  readonly agencies: readonly Agency[];
  readonly people: readonly Choice[];
  readonly onClose: () => void;
  readonly onSaved: () => void;
}) {
  const ids = useId();
  const command = useReviewCommand();
  const action = useAsyncAction();
  const [draft, setDraft] = useState(() => draftFromEntry(props.entry));
  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const saved = await action.run(() =>
      command('chronology.update', { id: props.entry.id, changes: patchFromDraft(draft) }),
    );
    if (saved !== undefined) props.onSaved();
  };
  return (
    <Dialog title={`Entry of ${dateCellText(props.entry)}, ${props.entry.agency}`} onClose={props.onClose} wide>
      <form onSubmit={(event) => void save(event)} className="cw-edit-entry">
        <div className="cw-entry-form">
          <Field id={`${ids}-role`} label="Practitioner role">
            {(control) => (
              <input
                {...control}
                value={draft.sourceRole}
                onChange={(event) => setDraft({ ...draft, sourceRole: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-doc`} label="Source document">
            {(control) => (
              <input
                {...control}
                value={draft.sourceDocument}
                onChange={(event) => setDraft({ ...draft, sourceDocument: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-ref`} label="Reference">
            {(control) => (
              <input
                {...control}
                value={draft.sourceReference}
                onChange={(event) => setDraft({ ...draft, sourceReference: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-tags`} label="Tags" hint="Separate with commas">
            {(control) => (
              <input
                {...control}
                value={draft.tags}
                onChange={(event) => setDraft({ ...draft, tags: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-location`} label="Location">
            {(control) => (
              <input
                {...control}
                value={draft.location}
                onChange={(event) => setDraft({ ...draft, location: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-risk-tool`} label="Risk assessment tool">
            {(control) => (
              <input
                {...control}
                value={draft.riskTool}
                placeholder="e.g. DASH"
                onChange={(event) => setDraft({ ...draft, riskTool: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-risk-level`} label="Risk level">
            {(control) => (
              <input
                {...control}
                value={draft.riskLevel}
                placeholder="e.g. standard, medium, high"
                onChange={(event) => setDraft({ ...draft, riskLevel: event.target.value })}
              />
            )}
          </Field>
          <Field id={`${ids}-analysis`} label="Analysis or comment" className="cw-span-2">
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={draft.analysis}
                onChange={(event) => setDraft({ ...draft, analysis: event.target.value })}
              />
            )}
          </Field>
          <label className="cw-check">
            <input
              type="checkbox"
              checked={draft.key}
              onChange={(event) => setDraft({ ...draft, key: event.target.checked })}
            />
            Key entry
          </label>
        </div>
        <ExtraFieldsList entry={props.entry} />
        <PeopleFields draft={draft} people={props.people} onChange={setDraft} />
        <ChildContactFields draft={draft} people={props.people} onChange={setDraft} />
        <SharedWithFields draft={draft} agencies={props.agencies} onChange={setDraft} listId={`${ids}-agencies`} />
        <ErrorMessage error={action.error} title="The entry was not saved" />
        <div className="button-row">
          <Button type="submit" busy={action.busy}>
            Save entry
          </Button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
      <EntryTagPanel entryId={props.entry.id} />
    </Dialog>
  );
}
