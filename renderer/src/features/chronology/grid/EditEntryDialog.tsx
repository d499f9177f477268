import { useId, useState } from 'react';
import type { Agency, ChronologyEntry } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import type { Choice } from '../filters/ChoiceList';
import { EntryTagPanel } from '../../findings/TagPanel';
import { FormDialog } from '@renderer/ui/FormDialog';
import { ChildContactFields } from './entry-form/ChildContactFields';
import { draftFromEntry, patchFromDraft } from './entry-form/entry-draft';
import { PeopleFields } from './entry-form/PeopleFields';
import { SharedWithFields } from './entry-form/SharedWithFields';
import { dateCellText } from './grid-columns';
import { ExtraFieldsList } from './entry-form/ExtraFieldsList';
import { TextField } from '@renderer/ui/TextField';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';
import { bindDraft } from '@renderer/ui/bind-draft';

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
  const field = bindDraft(draft, setDraft);
  const save = async (): Promise<void> => {
    const saved = await action.run(() =>
      command('chronology.update', { id: props.entry.id, changes: patchFromDraft(draft) }),
    );
    if (saved !== undefined) props.onSaved();
  };
  return (
    <FormDialog
      title={`Entry of ${dateCellText(props.entry)}, ${props.entry.agency}`}
      onClose={props.onClose}
      wide
      formClassName="cw-edit-entry"
      onSubmit={save}
      action={action}
      errorTitle="The entry was not saved"
      submitLabel="Save entry"
      after={<EntryTagPanel entryId={props.entry.id} />}
    >
      <div className="cw-entry-form">
        <TextField id={`${ids}-role`} label="Practitioner role" {...field('sourceRole')} />
        <TextField id={`${ids}-doc`} label="Source document" {...field('sourceDocument')} />
        <TextField id={`${ids}-ref`} label="Reference" {...field('sourceReference')} />
        <TextField id={`${ids}-tags`} label="Tags" hint="Separate with commas" {...field('tags')} />
        <TextField id={`${ids}-location`} label="Location" {...field('location')} />
        <TextField
          id={`${ids}-risk-tool`}
          label="Risk assessment tool"
          placeholder="e.g. DASH"
          {...field('riskTool')}
        />
        <TextField
          id={`${ids}-risk-level`}
          label="Risk level"
          placeholder="e.g. standard, medium, high"
          {...field('riskLevel')}
        />
        <TextField
          id={`${ids}-analysis`}
          label="Analysis or comment"
          className="cw-span-2"
          rows={3}
          {...field('analysis')}
        />
        <InlineCheckbox className="cw-check" checked={draft.key} onChange={(key) => setDraft({ ...draft, key })}>
          Key entry
        </InlineCheckbox>
      </div>
      <ExtraFieldsList entry={props.entry} />
      <PeopleFields draft={draft} people={props.people} onChange={setDraft} />
      <ChildContactFields draft={draft} people={props.people} onChange={setDraft} />
      <SharedWithFields draft={draft} agencies={props.agencies} onChange={setDraft} listId={`${ids}-agencies`} />
    </FormDialog>
  );
}
