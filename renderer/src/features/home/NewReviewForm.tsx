import { useState, type FormEvent } from 'react';
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type ReviewKind } from '../../../../electron/shared/domain/review';
import { useApiClient } from '../../api/ApiProvider';
import { navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';

export function NewReviewForm({ defaultDirectory }: { defaultDirectory: string | undefined }) {
  const client = useApiClient();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<ReviewKind>('lcspr');
  const [path, setPath] = useState('');
  const creating = useAsyncAction();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const session = await creating.run(() =>
      client.app('review.create', { title, kind, ...(path.trim() === '' ? {} : { path: path.trim() }) }),
    );
    if (session !== undefined) navigate(reviewHref(session.reviewId));
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stacked-form" aria-describedby="new-review-hint">
      <p id="new-review-hint">Each review is one file ending in .cwr. Nothing leaves this computer.</p>
      <label htmlFor="new-title">Title</label>
      <input id="new-title" value={title} onChange={(event) => setTitle(event.target.value)} required autoComplete="off" />
      {/* Radios rather than a list box: the kinds' full names are long and must be read whole. */}
      <fieldset className="new-review-kinds">
        <legend>Kind of review</legend>
        {REVIEW_KINDS.map((value) => (
          <label key={value} className="new-review-kind">
            <input type="radio" name="new-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {REVIEW_KIND_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor="new-path">File (optional)</label>
      <input
        id="new-path"
        value={path}
        onChange={(event) => setPath(event.target.value)}
        placeholder={defaultDirectory === undefined ? '' : `${defaultDirectory}/<title>.cwr`}
        autoComplete="off"
        aria-describedby="new-path-hint"
      />
      <p id="new-path-hint" className="hint">Leave empty to save it in your Reviews folder.</p>
      <button type="submit" disabled={creating.busy}>
        Create review
      </button>
      <ErrorMessage error={creating.error} title="Could not create the review" />
    </form>
  );
}
