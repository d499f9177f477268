import type { ReactNode } from 'react';

/**
 * A check box inside its own label, for a short on/off choice set among other controls (a filter,
 * an option under a form): the words are the label and the whole of it is the click target. The
 * layout class is the caller's, as the choice sits in its layout. `Checkbox` is the stacked form
 * field with a hint.
 */
export function InlineCheckbox(props: {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <label className={props.className}>
      <input type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      {props.children}
    </label>
  );
}
