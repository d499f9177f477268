import { useId, useState, type FormEvent } from 'react';
import type { Agency, ChronologyEntry, EventType } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { parseTagList } from '../filters/filter-state';
import { DateReading } from '@renderer/ui/DateReading';
import { Dialog } from '@renderer/ui/Dialog';
import { Field } from '@renderer/ui/Field';
import { Button } from '@renderer/ui/Button';

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

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
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
    <Dialog title="Add an entry" onClose={props.onClose} wide>
      <form className="cw-entry-form" onSubmit={(event) => void submit(event)}>
        <Field id={`${ids}-date`} label="Date (required)">
          {(control) => (
            <>
              <input
                {...control}
                value={date}
                required
                autoComplete="off"
                aria-describedby={`${ids}-date-reading`}
                onChange={(event) => setDate(event.target.value)}
              />
              <DateReading id={`${ids}-date-reading`} text={date} />
            </>
          )}
        </Field>
        <Field id={`${ids}-time`} label="Time">
          {(control) => (
            <input {...control} value={time} placeholder="HH:MM" onChange={(event) => setTime(event.target.value)} />
          )}
        </Field>
        <Field id={`${ids}-agency`} label="Agency (required)">
          {(control) => (
            <>
              <input
                {...control}
                value={agency}
                required
                list={`${ids}-agencies`}
                onChange={(event) => setAgency(event.target.value)}
              />
              <datalist id={`${ids}-agencies`}>
                {props.agencies.map((a) => (
                  <option key={a.id} value={a.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
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
        <Field id={`${ids}-summary`} label="Summary" className="cw-span-2">
          {(control) => (
            <textarea {...control} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
          )}
        </Field>
        <Field id={`${ids}-action`} label="Action taken">
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={actionTaken}
              onChange={(event) => setActionTaken(event.target.value)}
            />
          )}
        </Field>
        <Field id={`${ids}-outcome`} label="Outcome">
          {(control) => (
            <textarea {...control} rows={2} value={outcome} onChange={(event) => setOutcome(event.target.value)} />
          )}
        </Field>
        <Field id={`${ids}-analysis`} label="Analysis or comment" className="cw-span-2">
          {(control) => (
            <textarea {...control} rows={2} value={analysis} onChange={(event) => setAnalysis(event.target.value)} />
          )}
        </Field>
        <Field id={`${ids}-tags`} label="Tags" hint="Separate with commas">
          {(control) => <input {...control} value={tags} onChange={(event) => setTags(event.target.value)} />}
        </Field>
        <label className="cw-check">
          <input type="checkbox" checked={key} onChange={(event) => setKey(event.target.checked)} />
          Key entry
        </label>
        <div className="cw-span-2">
          <ErrorMessage error={action.error} title="The entry was not added" />
          <div className="button-row">
            <Button type="submit" busy={action.busy}>
              Add entry
            </Button>
            <button type="button" onClick={props.onClose}>
              Cancel
            </button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
