import { useEffect, useRef, useState } from 'react';
import type { InsightPatternView } from '../../../../electron/shared/domain/insight';

/**
 * Asks why a pattern is being dismissed. A native modal <dialog> keeps focus inside it and
 * closes on Escape; the reason is required because it is kept in the review and its audit log.
 */
export function DismissDialog(props: {
  pattern: InsightPatternView | null;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
  /** After the dialog has closed (and the browser has put focus back where it was). */
  onClosed: () => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = props.pattern !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      setReason('');
      setProblem(null);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      props.onClosed();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs on open/close only
  }, [open]);

  const submit = async (): Promise<void> => {
    if (reason.trim() === '') {
      setProblem('Give a reason for dismissing this pattern.');
      return;
    }
    await props.onConfirm(reason.trim());
  };

  return (
    <dialog
      ref={dialogRef}
      className="insight-dialog"
      aria-labelledby="dismiss-heading"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 id="dismiss-heading">Dismiss pattern</h2>
        <p>{props.pattern?.title}</p>
        <div className="field">
          <label htmlFor="dismiss-reason">Reason</label>
          <p className="hint" id="dismiss-reason-hint">
            Kept with the review and in its audit log. You can restore the pattern later.
          </p>
          <textarea
            id="dismiss-reason"
            rows={4}
            value={reason}
            aria-required="true"
            aria-describedby={problem === null ? 'dismiss-reason-hint' : 'dismiss-reason-hint dismiss-reason-problem'}
            aria-invalid={problem !== null}
            onChange={(event) => setReason(event.target.value)}
          />
          {problem === null ? null : (
            <p id="dismiss-reason-problem" className="error-message" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="submit">Dismiss pattern</button>
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
