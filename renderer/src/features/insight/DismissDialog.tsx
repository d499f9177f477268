import { useEffect, useRef, useState } from 'react';
import type { InsightPatternView } from '@shared/domain/insight';
import { Field } from '../../ui/Field';
import { TextArea } from '@renderer/ui/TextInput';

interface ReasonDialogProps {
  /** What the reason is about; null while the dialog is closed. */
  subject: string | null;
  idPrefix: string;
  heading: string;
  hint: string;
  submitLabel: string;
  missingMessage: string;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
  /** After the dialog has closed (and the browser has put focus back where it was). */
  onClosed: () => void;
}

/** Asks why a pattern is being dismissed (see `ReasonDialog`). */
export function DismissDialog(props: {
  pattern: InsightPatternView | null;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
  onClosed: () => void;
}) {
  return (
    <ReasonDialog
      subject={props.pattern?.title ?? null}
      idPrefix="dismiss"
      heading="Dismiss pattern"
      hint="Kept with the review and in its audit log. You can restore the pattern later."
      submitLabel="Dismiss pattern"
      missingMessage="Give a reason for dismissing this pattern."
      onCancel={props.onCancel}
      onConfirm={props.onConfirm}
      onClosed={props.onClosed}
    />
  );
}

/**
 * Asks for a reason that is kept in the review and its audit log. A native modal <dialog> keeps
 * focus inside it and closes on Escape; the reason is required.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = props.subject !== null;

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
      setProblem(props.missingMessage);
      return;
    }
    await props.onConfirm(reason.trim());
  };

  return (
    <dialog
      ref={dialogRef}
      className="insight-dialog"
      aria-labelledby={`${props.idPrefix}-heading`}
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
        <h2 id={`${props.idPrefix}-heading`}>{props.heading}</h2>
        <p>{props.subject}</p>
        <Field id={`${props.idPrefix}-reason`} label="Reason" hint={props.hint} required>
          {(control) => (
            <>
              <TextArea
                {...control}
                rows={4}
                value={reason}
                aria-describedby={
                  problem === null
                    ? control['aria-describedby']
                    : `${control['aria-describedby']} ${props.idPrefix}-reason-problem`
                }
                aria-invalid={problem !== null}
                onChange={setReason}
              />
              {problem === null ? null : (
                <p id={`${props.idPrefix}-reason-problem`} className="error-message" role="alert">
                  {problem}
                </p>
              )}
            </>
          )}
        </Field>
        <div className="button-row">
          <button type="submit">{props.submitLabel}</button>
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
