import { useId, type ReactNode } from 'react';
import type { EnumChoiceProps } from './Select';
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

/**
 * The options of a radio group over a fixed list, one `RadioOption` each (stored values stay out
 * of sight, labels are words). The caller puts them in its fieldset, with the legend; the options
 * share a name of their own, so each group on a page moves on its own.
 */
export function RadioOptions<T extends string>(
  props: EnumChoiceProps<T> & {
    /** The layout class of each option's label. */
    readonly optionClassName?: string;
  },
) {
  const name = useId();
  return (
    <>
      {props.options.map((option) => (
        <RadioOption
          key={option.value}
          className={props.optionClassName}
          name={name}
          value={option.value}
          checked={props.value === option.value}
          onChoose={() => props.onChange(option.value)}
        >
          {option.label}
        </RadioOption>
      ))}
    </>
  );
}
