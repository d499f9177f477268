import { useEffect, useRef, useState } from 'react';
import type { InsightPatternView } from '../../../../electron/shared/domain/insight';
import { Dialog, DialogButtons } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

/**
 * Asks why a pattern is being dismissed (the kit's modal dialog keeps focus inside it and closes
 * on Escape); the reason is required because it is kept in the review and its audit log.
 */
export function DismissDialog(props: {
  pattern: InsightPatternView | null;
  onCancel: () => void;
  onConfirm: (reason: string) => Promise<boolean>;
  /** After the dialog has closed (and focus has gone back where it was). */
  onClosed: () => void;
}) {
  const open = props.pattern !== null;
  const wasOpen = useRef(open);
  const onClosed = useRef(props.onClosed);
  onClosed.current = props.onClosed;
  useEffect(() => {
    // After the dialog's own clean-up has put focus back on the opener.
    if (wasOpen.current && !open) queueMicrotask(() => queueMicrotask(() => onClosed.current()));
    wasOpen.current = open;
  }, [open]);
  if (props.pattern === null) return null;
  return <DismissForm pattern={props.pattern} onCancel={props.onCancel} onConfirm={props.onConfirm} />;
}

function DismissForm(props: { pattern: InsightPatternView; onCancel: () => void; onConfirm: (reason: string) => Promise<boolean> }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    if (reason.trim() === '') {
      setProblem('Give a reason for dismissing this pattern.');
      return;
    }
    await props.onConfirm(reason.trim());
  };
  return (
    <Dialog title="Dismiss pattern" onClose={props.onCancel} className="insight-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p>{props.pattern.title}</p>
        <Field id="dismiss-reason" label="Reason" hint="Kept with the review and in its audit log. You can restore the pattern later." error={problem} required>
          {(control) => <textarea {...control} rows={4} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <DialogButtons>
          <button type="submit">Dismiss pattern</button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </DialogButtons>
      </form>
    </Dialog>
  );
}
