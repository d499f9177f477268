import { useId, useState, type FormEvent } from 'react';
import { findingTypeLabels, findingTypes, type FindingType } from '@shared/domain/findings';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { Select, labelledOptions } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextInput } from '@renderer/ui/TextInput';
import { HeadedForm } from '@renderer/ui/HeadedForm';

export function AddFindingForm({ onAdded }: { onAdded: (id: number) => void }) {
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<FindingType>('new-learning');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const added = await action.run(() => command('findings.add', { title, type }));
    if (added === undefined) return;
    setTitle('');
    announce(`Finding ${added.number} added`);
    onAdded(added.id);
  };

  return (
    <HeadedForm
      className="stacked-form add-finding"
      headingLevel={3}
      title="Add a finding"
      onSubmit={(event) => void submit(event)}
    >
      <label htmlFor={`${id}-title`}>New finding title</label>
      <TextInput id={`${id}-title`} value={title} required onChange={setTitle} autoComplete="off" />
      <label htmlFor={`${id}-type`}>Type</label>
      <Select<FindingType>
        id={`${id}-type`}
        value={type}
        options={labelledOptions(findingTypes, findingTypeLabels)}
        onChange={setType}
      />
      <ErrorMessage error={action.error} title="Not added" />
      <Button type="submit" busy={action.busy} disabled={title.trim() === ''}>
        Add finding
      </Button>
    </HeadedForm>
  );
}
