import { useId, type ReactNode } from 'react';
import './ui.css';

/** What a control inside a Field needs so its label, hint and error are read with it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-required': true | undefined;
}

export interface FieldProps {
  readonly label: ReactNode;
  /** Shown under the label and read with the control. */
  readonly hint?: ReactNode;
  /** A problem with what was entered, in plain words; null or undefined when there is none. */
  readonly error?: string | null;
  readonly required?: boolean;
  /** Use a given id (tests and labels elsewhere point at it); otherwise one is made. */
  readonly id?: string;
  readonly className?: string;
  /** Renders the control with the ids it must carry. */
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field: label, optional hint and error, each tied to the control with ids so a
 * screen reader reads them together. The one way features build a field.
 */
export function Field(props: FieldProps) {
  const made = useId();
  const id = props.id ?? `cw-field${made.replace(/:/g, '')}`;
  const hintId = props.hint === undefined ? undefined : `${id}-hint`;
  const errorId = props.error === undefined || props.error === null ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div
      className={['cw-field', errorId === undefined ? '' : 'is-invalid', props.className ?? '']
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={id} className="cw-field-label">
        {props.label}
      </label>
      {hintId === undefined ? null : (
        <p id={hintId} className="cw-field-hint">
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errorId === undefined ? undefined : true,
        'aria-required': props.required === true ? true : undefined,
      })}
      {errorId === undefined ? null : (
        <p id={errorId} className="cw-field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}
