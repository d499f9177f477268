import { useId, useState, type FormEvent } from 'react';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Button } from '@renderer/ui/Button';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { TextArea, TextInput } from '@renderer/ui/TextInput';
import { HeadedForm } from '@renderer/ui/HeadedForm';

/** Records a comment made outside Word (at a panel meeting, by email) against a finding. */
export function AddCommentForm() {
  const findings = useReviewQuery('findings.list', {});
  const { command, announce, action } = useReviewChange();
  const id = useId();
  const [findingId, setFindingId] = useState('');
  const [author, setAuthor] = useState('');
  const [agency, setAgency] = useState('');
  const [role, setRole] = useState('');
  const [text, setText] = useState('');

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const done = await action.run(() =>
      command('annotations.add', {
        target: { kind: 'finding', findingId: Number(findingId) },
        authorName: author,
        authorAgency: agency,
        authorRole: role,
        text,
      }),
    );
    if (done === undefined) return;
    setText('');
    announce('Comment added');
  };

  return (
    <HeadedForm
      className="stacked-form add-comment"
      headingLevel={2}
      title="Record a comment"
      onSubmit={(event) => void submit(event)}
    >
      <label htmlFor={`${id}-finding`}>Finding</label>
      <select id={`${id}-finding`} value={findingId} onChange={(event) => setFindingId(event.target.value)} required>
        <option value="">Choose a finding…</option>
        {(findings.data ?? []).map((f) => (
          <option key={f.id} value={f.id}>
            {f.number}. {f.title}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-author`}>Panel member</label>
      <TextInput id={`${id}-author`} value={author} onChange={setAuthor} required autoComplete="off" />
      <label htmlFor={`${id}-agency`}>Agency</label>
      <TextInput id={`${id}-agency`} value={agency} onChange={setAgency} autoComplete="off" />
      <label htmlFor={`${id}-role`}>Role</label>
      <TextInput id={`${id}-role`} value={role} onChange={setRole} autoComplete="off" />
      <label htmlFor={`${id}-text`}>Comment</label>
      <TextArea id={`${id}-text`} rows={3} value={text} onChange={setText} required />
      <ErrorMessage error={action.error} title="Not added" />
      <Button
        type="submit"
        busy={action.busy}
        disabled={findingId === '' || author.trim() === '' || text.trim() === ''}
      >
        Add comment
      </Button>
    </HeadedForm>
  );
}
