import type { ApiError } from '@shared/errors';
import { Button } from './Button';
import { ErrorMessage } from './ErrorMessage';

/** The end of a form in a dialog: what went wrong (if anything), then its submit button and Cancel. */
export function SubmitOrCancel(props: {
  /** The form's action as it stands (`useAsyncAction`): while it runs the submit button waits (and keeps
   * keyboard focus); the error it ended with is shown above the buttons. */
  readonly action: { readonly busy: boolean; readonly error: ApiError | undefined };
  /** Heads the error: "The entry was not added". */
  readonly errorTitle: string;
  readonly submitLabel: string;
  readonly onCancel: () => void;
}) {
  return (
    <>
      <ErrorMessage error={props.action.error} title={props.errorTitle} />
      <div className="button-row">
        <Button type="submit" busy={props.action.busy}>
          {props.submitLabel}
        </Button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
