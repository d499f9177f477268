import { useId, type ReactNode } from 'react';
import './ui.css';

/**
 * A labelled on/off choice that saves as soon as it changes: the whole label is the click target
 * (at least 24 px high, WCAG 2.2 target size), and an optional hint is read with it.
 */
export function Checkbox(props: {
  readonly label: ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: ReactNode;
  readonly disabled?: boolean;
  readonly id?: string;
}) {
  const made = useId();
  const id = props.id ?? `cw-checkbox${made.replace(/:/g, '')}`;
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  return (
    <div className="cw-checkbox">
      <input
        type="checkbox"
        id={id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {hintId === undefined ? null : (
        <p id={hintId} className="cw-field-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
