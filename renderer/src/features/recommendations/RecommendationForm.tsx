import { useId, useState, type FormEvent } from 'react';
import type { Finding } from '@shared/domain/findings';
import {
  recommendationPriorities,
  recommendationStatusLabels,
  recommendationStatuses,
  type Recommendation,
  type RecommendationPriority,
  type RecommendationStatus,
} from '@shared/domain/recommendations';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { DateField } from '../../ui/DateField';
import { Button } from '@renderer/ui/Button';
import { Select } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextArea, TextInput } from '@renderer/ui/TextInput';
import { HeadedForm } from '@renderer/ui/HeadedForm';

const priorityOptions = [
  { value: '' as const, label: 'Not set' },
  ...recommendationPriorities.map((p) => ({ value: p, label: p[0]!.toUpperCase() + p.slice(1) })),
];
const statusOptions = recommendationStatuses.map((s) => ({ value: s, label: recommendationStatusLabels[s] }));

/** Adds or edits one recommendation: every SMART part, its findings and the board's response. */
export function RecommendationForm(props: {
  recommendation: Recommendation | null;
  findings: readonly Finding[];
  onDone: () => void;
}) {
  const rec = props.recommendation;
  const id = useId();
  const { command, announce, action } = useReviewChange();
  const [text, setText] = useState(rec?.text ?? '');
  const [owner, setOwner] = useState(rec?.ownerAgency ?? '');
  const [success, setSuccess] = useState(rec?.successMeasure ?? '');
  const [due, setDue] = useState<string | null>(rec?.dueDate ?? '');
  const [priority, setPriority] = useState<RecommendationPriority | ''>(rec?.priority ?? '');
  const [status, setStatus] = useState<RecommendationStatus>(rec?.status ?? 'proposed');
  const [response, setResponse] = useState(rec?.boardResponse ?? '');
  const [findingIds, setFindingIds] = useState<readonly number[]>(rec?.findingIds ?? []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    // An unreadable due date (null) is shown under its field; nothing is saved until it reads.
    if (due === null) return;
    const fields = {
      text,
      ownerAgency: owner.trim() === '' ? null : owner,
      successMeasure: success,
      dueDate: due === '' ? null : due,
      priority: priority === '' ? null : priority,
      status,
      boardResponse: response,
      findingIds: [...findingIds],
    };
    const saved = await action.run(() =>
      rec === null
        ? command('recommendations.add', fields)
        : command('recommendations.update', { id: rec.id, changes: fields }),
    );
    if (saved === undefined) return;
    announce(`Recommendation ${saved.number} saved`);
    props.onDone();
  };

  return (
    <HeadedForm
      className="stacked-form recommendation-form"
      headingLevel={2}
      title={rec === null ? 'New recommendation' : `Edit recommendation ${rec.number}`}
      onSubmit={(event) => void submit(event)}
    >
      <label htmlFor={`${id}-text`}>Recommendation</label>
      <TextArea id={`${id}-text`} rows={3} value={text} required onChange={setText} />
      <label htmlFor={`${id}-owner`}>Owning agency</label>
      <TextInput id={`${id}-owner`} value={owner} onChange={setOwner} autoComplete="off" />
      <label htmlFor={`${id}-success`}>What success looks like</label>
      <TextArea id={`${id}-success`} rows={2} value={success} onChange={setSuccess} />
      <DateField id={`${id}-due`} label="Due date" bound="end" value={due ?? ''} onChange={setDue} />
      <label htmlFor={`${id}-priority`}>Priority</label>
      <Select<RecommendationPriority | ''>
        id={`${id}-priority`}
        value={priority}
        options={priorityOptions}
        onChange={setPriority}
      />
      <label htmlFor={`${id}-status`}>Status</label>
      <Select id={`${id}-status`} value={status} options={statusOptions} onChange={setStatus} />
      <label htmlFor={`${id}-response`}>Board response</label>
      <TextArea id={`${id}-response`} rows={2} value={response} onChange={setResponse} />
      <fieldset className="finding-choices">
        <legend>Findings it answers</legend>
        {props.findings.length === 0 ? <p>No findings yet.</p> : null}
        {props.findings.map((f) => (
          <label key={f.id}>
            <input
              type="checkbox"
              checked={findingIds.includes(f.id)}
              onChange={(event) =>
                setFindingIds(event.target.checked ? [...findingIds, f.id] : findingIds.filter((x) => x !== f.id))
              }
            />{' '}
            {f.number}. {f.title}
          </label>
        ))}
      </fieldset>
      <ErrorMessage error={action.error} title="Not saved" />
      <div className="button-row">
        <Button type="submit" busy={action.busy} disabled={text.trim() === '' || due === null}>
          Save recommendation
        </Button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </HeadedForm>
  );
}
