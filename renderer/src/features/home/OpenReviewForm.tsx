import { useState, type FormEvent } from 'react';
import { useApiClient } from '../../api/ApiProvider';
import { navigate, reviewHref } from '../../navigation/routes';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAsyncAction } from '../../components/useAsyncAction';

/** Open by path; in the desktop app a Browse button shows the system's file dialog. */
export function OpenReviewForm() {
  const client = useApiClient();
  const [path, setPath] = useState('');
  const opening = useAsyncAction();

  const open = async (target: string): Promise<void> => {
    const session = await opening.run(() => client.app('review.open', { path: target }));
    if (session !== undefined) navigate(reviewHref(session.reviewId));
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void open(path.trim());
  };
  const browse = async (): Promise<void> => {
    const chosen = await window.casewright?.showOpenDialog({
      title: 'Open a review',
      filters: [{ name: 'Casewright review', extensions: ['cwr'] }],
    });
    if (chosen != null) void open(chosen);
  };

  return (
    <form onSubmit={submit} className="stacked-form">
      <label htmlFor="open-path">Path to a .cwr file</label>
      <input id="open-path" value={path} onChange={(event) => setPath(event.target.value)} required autoComplete="off" />
      <div className="button-row">
        <button type="submit" disabled={opening.busy}>
          Open
        </button>
        {window.casewright === undefined ? null : (
          <button type="button" onClick={() => void browse()}>
            Browse…
          </button>
        )}
      </div>
      <ErrorMessage error={opening.error} title="Could not open the review" />
    </form>
  );
}
