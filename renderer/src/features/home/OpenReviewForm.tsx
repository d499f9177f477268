import { useState, type FormEvent } from 'react';
import { useOpenReview } from './useOpenReview';
import { Button } from '@renderer/ui/Button';
import { TextInput } from '@renderer/ui/TextInput';

/** Open by path; in the desktop app a Browse button shows the system's file dialog. */
export function OpenReviewForm() {
  const [path, setPath] = useState('');
  const opening = useOpenReview();
  const open = opening.open;
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
    <>
      <form onSubmit={submit} className="stacked-form">
        <label htmlFor="open-path">Path to a .cwr file</label>
        <TextInput id="open-path" value={path} onChange={setPath} required autoComplete="off" />
        <div className="button-row">
          <Button type="submit" busy={opening.busy}>
            Open
          </Button>
          {window.casewright === undefined ? null : (
            <button type="button" onClick={() => void browse()}>
              Browse…
            </button>
          )}
        </div>
      </form>
      {opening.ui}
    </>
  );
}
