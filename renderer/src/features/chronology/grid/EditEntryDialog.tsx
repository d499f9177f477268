import { useId, useState, type FormEvent } from 'react';
import type { Agency, ChronologyEntry } from '../../../../../electron/shared/domain/chronology';
import { useReviewCommand } from '../../../api/ReviewProvider';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useAsyncAction } from '../../../components/useAsyncAction';
import type { Choice } from '../filters/ChoiceList';
import { EntryTagPanel } from '../../findings/TagPanel';
import { Dialog } from '../../../ui/Dialog';
import { ChildContactFields } from './entry-form/ChildContactFields';
import { draftFromEntry, patchFromDraft } from './entry-form/entry-draft';
import { PeopleFields } from './entry-form/PeopleFields';
import { SharedWithFields } from './entry-form/SharedWithFields';
import { dateCellText } from './grid-columns';
import { ExtraFieldsList } from './entry-form/ExtraFieldsList';

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
    const saved = await action.run(() => command('chronology.update', { id: props.entry.id, changes: patchFromDraft(draft) }));
    if (saved !== undefined) props.onSaved();
  };
  return (
    <Dialog title={`Entry of ${dateCellText(props.entry)}, ${props.entry.agency}`} onClose={props.onClose} wide>
      <form onSubmit={(event) => void save(event)} className="cw-edit-entry">
        <div className="cw-entry-form">
          <div className="field">
            <label htmlFor={`${ids}-role`}>Practitioner role</label>
            <input id={`${ids}-role`} value={draft.sourceRole} onChange={(event) => setDraft({ ...draft, sourceRole: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-doc`}>Source document</label>
            <input id={`${ids}-doc`} value={draft.sourceDocument} onChange={(event) => setDraft({ ...draft, sourceDocument: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-ref`}>Reference</label>
            <input id={`${ids}-ref`} value={draft.sourceReference} onChange={(event) => setDraft({ ...draft, sourceReference: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-tags`}>Tags</label>
            <input id={`${ids}-tags`} value={draft.tags} aria-describedby={`${ids}-tags-hint`} onChange={(event) => setDraft({ ...draft, tags: event.target.value })} />
            <span id={`${ids}-tags-hint`} className="hint">Separate with commas</span>
          </div>
          <div className="field">
            <label htmlFor={`${ids}-location`}>Location</label>
            <input id={`${ids}-location`} value={draft.location} onChange={(event) => setDraft({ ...draft, location: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-risk-tool`}>Risk assessment tool</label>
            <input id={`${ids}-risk-tool`} value={draft.riskTool} placeholder="e.g. DASH" onChange={(event) => setDraft({ ...draft, riskTool: event.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-risk-level`}>Risk level</label>
            <input id={`${ids}-risk-level`} value={draft.riskLevel} placeholder="e.g. standard, medium, high" onChange={(event) => setDraft({ ...draft, riskLevel: event.target.value })} />
          </div>
          <div className="field cw-span-2">
            <label htmlFor={`${ids}-analysis`}>Analysis or comment</label>
            <textarea id={`${ids}-analysis`} rows={3} value={draft.analysis} onChange={(event) => setDraft({ ...draft, analysis: event.target.value })} />
          </div>
          <label className="cw-check">
            <input type="checkbox" checked={draft.key} onChange={(event) => setDraft({ ...draft, key: event.target.checked })} />
            Key entry
          </label>
        </div>
        <ExtraFieldsList entry={props.entry} />
        <PeopleFields draft={draft} people={props.people} onChange={setDraft} />
        <ChildContactFields draft={draft} people={props.people} onChange={setDraft} />
        <SharedWithFields draft={draft} agencies={props.agencies} onChange={setDraft} listId={`${ids}-agencies`} />
        <ErrorMessage error={action.error} title="The entry was not saved" />
        <div className="button-row">
          <button type="submit" disabled={action.busy}>Save entry</button>
          <button type="button" onClick={props.onClose}>Cancel</button>
        </div>
      </form>
      <EntryTagPanel entryId={props.entry.id} />
    </Dialog>
  );
}
