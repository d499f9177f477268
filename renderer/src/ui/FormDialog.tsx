import type { ReactNode } from 'react';
import type { ApiError } from '@shared/errors';
import { Dialog } from './Dialog';
import { SubmitOrCancel } from './SubmitOrCancel';

/**
 * A dialog holding one form that ends in its error, submit button and Cancel. The form's own fields
 * are the children; submitting runs `onSubmit` instead of reloading the page.
 */
export function FormDialog(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly wide?: boolean;
  /** The form's layout class (a grid of fields, for instance). */
  readonly formClassName?: string;
  readonly onSubmit: () => Promise<void>;
  /** The form's action as it stands (`useAsyncAction`). */
  readonly action: { readonly busy: boolean; readonly error: ApiError | undefined };
  /** Heads the error: "The entry was not added". */
  readonly errorTitle: string;
  readonly submitLabel: string;
  /** Wraps the end of the form, e.g. to span every column of a grid layout. */
  readonly footerClassName?: string;
  readonly children: ReactNode;
  /** Shown in the dialog below the form, outside it. */
  readonly after?: ReactNode;
}) {
  const footer = (
    <SubmitOrCancel
      action={props.action}
      errorTitle={props.errorTitle}
      submitLabel={props.submitLabel}
      onCancel={props.onClose}
    />
  );
  return (
    <Dialog title={props.title} onClose={props.onClose} wide={props.wide}>
      <form
        className={props.formClassName}
        onSubmit={(event) => {
          event.preventDefault();
          void props.onSubmit();
        }}
      >
        {props.children}
        {props.footerClassName === undefined ? footer : <div className={props.footerClassName}>{footer}</div>}
      </form>
      {props.after}
    </Dialog>
  );
}
