import type { ApiError } from '@shared/errors';
import { ErrorMessage } from './ErrorMessage';

/** The end of a form in a dialog: what went wrong (if anything), then its submit button and Cancel. */
export function SubmitOrCancel(props: {
  readonly error: ApiError | undefined;
  /** Heads the error: "The entry was not added". */
  readonly errorTitle: string;
  readonly submitLabel: string;
  /** While the form's action runs, the submit button waits. */
  readonly busy: boolean;
  readonly onCancel: () => void;
}) {
  return (
    <>
      <ErrorMessage error={props.error} title={props.errorTitle} />
      <div className="button-row">
        <button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
