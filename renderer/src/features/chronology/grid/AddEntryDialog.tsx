import { useId, useState } from 'react';
import type { Agency, ChronologyEntry, EventType } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { parseTagList } from '../filters/filter-state';
import { VagueDateInput } from '@renderer/ui/VagueDateInput';
import { FormDialog } from '@renderer/ui/FormDialog';
import { Field } from '@renderer/ui/Field';
import { AgencyField } from '../shared/AgencyInput';
import { TextField } from '@renderer/ui/TextField';
import { InlineCheckbox } from '@renderer/ui/InlineCheckbox';
import { bindDraft } from '@renderer/ui/bind-draft';
import { EnumSelect } from '@renderer/ui/EnumSelect';

/** A new entry's fields as typed: the date and time as words, the event type as its id or ''. */
const EMPTY_NEW_ENTRY = {
  date: '',
  time: '',
  agency: '',
  eventTypeId: '',
  summary: '',
  actionTaken: '',
  outcome: '',
  analysis: '',
  tags: '',
  key: false,
};

/** The form for a new entry. The date field says how it reads the date as the reviewer types. */
export function AddEntryDialog(props: {
  readonly agencies: readonly Agency[];
  readonly eventTypes: readonly EventType[];
  readonly onClose: () => void;
  readonly onAdded: (entry: ChronologyEntry) => void;
}) {
  const ids = useId();
  const command = useReviewCommand();
  const action = useAsyncAction();
  const [draft, setDraft] = useState(() => ({ ...EMPTY_NEW_ENTRY, agency: props.agencies[0]?.name ?? '' }));
  const field = bindDraft(draft, setDraft);

  const submit = async (): Promise<void> => {
    const { time, eventTypeId, tags, key, ...texts } = draft;
    const entry = await action.run(() =>
      command('chronology.add', {
        ...texts,
        time: time.trim() === '' ? null : time.trim(),
        eventTypeId: eventTypeId === '' ? null : Number(eventTypeId),
        tags: parseTagList(tags),
        significance: key ? 'key' : 'routine',
      }),
    );
    if (entry !== undefined) props.onAdded(entry);
  };

  return (
    <FormDialog
      title="Add an entry"
      onClose={props.onClose}
      wide
      formClassName="cw-entry-form"
      onSubmit={submit}
      action={action}
      errorTitle="The entry was not added"
      submitLabel="Add entry"
      footerClassName="cw-span-2"
    >
      <Field id={`${ids}-date`} label="Date (required)">
        {(control) => <VagueDateInput control={control} {...field('date')} required autoComplete="off" />}
      </Field>
      <TextField id={`${ids}-time`} label="Time" placeholder="HH:MM" {...field('time')} />
      <AgencyField
        id={`${ids}-agency`}
        label="Agency (required)"
        agencies={props.agencies}
        {...field('agency')}
        required
      />
      <EnumSelect
        id={`${ids}-type`}
        label="Event type"
        options={[
          { value: '', label: '(none)' },
          ...props.eventTypes.map((t) => ({ value: String(t.id), label: t.name })),
        ]}
        {...field('eventTypeId')}
      />
      <TextField id={`${ids}-summary`} label="Summary" className="cw-span-2" rows={3} {...field('summary')} />
      <TextField id={`${ids}-action`} label="Action taken" rows={2} {...field('actionTaken')} />
      <TextField id={`${ids}-outcome`} label="Outcome" rows={2} {...field('outcome')} />
      <TextField
        id={`${ids}-analysis`}
        label="Analysis or comment"
        className="cw-span-2"
        rows={2}
        {...field('analysis')}
      />
      <TextField id={`${ids}-tags`} label="Tags" hint="Separate with commas" {...field('tags')} />
      <InlineCheckbox className="cw-check" checked={draft.key} onChange={(key) => setDraft({ ...draft, key })}>
        Key entry
      </InlineCheckbox>
    </FormDialog>
  );
}
