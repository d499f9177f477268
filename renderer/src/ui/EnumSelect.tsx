import { Field } from './Field';

export interface EnumOption<T extends string> {
  readonly value: T;
  /** What the reviewer reads; never the stored value itself. */
  readonly label: string;
}

/** A labelled choice from a fixed list: stored values stay out of sight, labels are words. */
export function EnumSelect<T extends string>(props: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly EnumOption<T>[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
  readonly id?: string;
  readonly disabled?: boolean;
}) {
  return (
    <Field label={props.label} hint={props.hint} {...(props.id === undefined ? {} : { id: props.id })}>
      {(control) => (
        <select
          {...control}
          value={props.value}
          disabled={props.disabled}
          onChange={(event) => props.onChange(event.target.value as T)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
