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
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [agency, setAgency] = useState(props.agencies[0]?.name ?? '');
  const [eventTypeId, setEventTypeId] = useState('');
  const [summary, setSummary] = useState('');
  const [actionTaken, setActionTaken] = useState('');
  const [outcome, setOutcome] = useState('');
  const [analysis, setAnalysis] = useState('');
  const [tags, setTags] = useState('');
  const [key, setKey] = useState(false);

  const submit = async (): Promise<void> => {
    const entry = await action.run(() =>
      command('chronology.add', {
        date,
        agency,
        time: time.trim() === '' ? null : time.trim(),
        eventTypeId: eventTypeId === '' ? null : Number(eventTypeId),
        summary,
        actionTaken,
        outcome,
        analysis,
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
        {(control) => <VagueDateInput control={control} value={date} onChange={setDate} required autoComplete="off" />}
      </Field>
      <TextField id={`${ids}-time`} label="Time" placeholder="HH:MM" value={time} onChange={setTime} />
      <AgencyField
        id={`${ids}-agency`}
        label="Agency (required)"
        agencies={props.agencies}
        value={agency}
        onChange={setAgency}
        required
      />
      <Field id={`${ids}-type`} label="Event type">
        {(control) => (
          <select {...control} value={eventTypeId} onChange={(event) => setEventTypeId(event.target.value)}>
            <option value="">(none)</option>
            {props.eventTypes.map((t) => (
              <option key={t.id} value={String(t.id)}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id={`${ids}-summary`}
        label="Summary"
        className="cw-span-2"
        rows={3}
        value={summary}
        onChange={setSummary}
      />
      <TextField id={`${ids}-action`} label="Action taken" rows={2} value={actionTaken} onChange={setActionTaken} />
      <TextField id={`${ids}-outcome`} label="Outcome" rows={2} value={outcome} onChange={setOutcome} />
      <TextField
        id={`${ids}-analysis`}
        label="Analysis or comment"
        className="cw-span-2"
        rows={2}
        value={analysis}
        onChange={setAnalysis}
      />
      <TextField id={`${ids}-tags`} label="Tags" hint="Separate with commas" value={tags} onChange={setTags} />
      <InlineCheckbox className="cw-check" checked={key} onChange={setKey}>
        Key entry
      </InlineCheckbox>
    </FormDialog>
  );
}
