import type { ApiError } from '@shared/errors';
import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';

/** The end of a form in a dialog: what went wrong (if anything), then its submit button and Cancel. */
export function SubmitOrCancel(props: {
  readonly error: ApiError | undefined;
  /** Heads the error: "The entry was not added". */
  readonly errorTitle: string;
  readonly submitLabel: string;
  /** While the form's action runs, the submit button waits (and keeps keyboard focus). */
  readonly busy: boolean;
  readonly onCancel: () => void;
}) {
  return (
    <>
      <ErrorMessage error={props.error} title={props.errorTitle} />
      <div className="button-row">
        <Button type="submit" busy={props.busy}>
          {props.submitLabel}
        </Button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
