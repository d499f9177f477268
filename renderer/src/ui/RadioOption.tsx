import type { ReactNode } from 'react';

/**
 * One option of a radio group, inside its own label (the words are the label and the whole of it
 * is the click target). The group is a `<fieldset>` with a legend around the options, which share
 * one `name`.
 */
export function RadioOption(props: {
  readonly name: string;
  readonly checked: boolean;
  readonly onChoose: () => void;
  /** The option's value in the form's data, where the form is read as a whole. */
  readonly value?: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <label className={props.className}>
      <input type="radio" name={props.name} value={props.value} checked={props.checked} onChange={props.onChoose} />
      {props.children}
    </label>
  );
}
