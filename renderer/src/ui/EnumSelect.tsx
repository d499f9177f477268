import { Field } from './Field';
import { Select, type EnumChoiceProps } from './Select';

export type { EnumOption } from './Select';

/** A labelled choice from a fixed list: stored values stay out of sight, labels are words. */
export function EnumSelect<T extends string>(
  props: EnumChoiceProps<T> & {
    readonly label: string;
    readonly hint?: string;
    readonly id?: string;
    readonly className?: string;
    readonly disabled?: boolean;
  },
) {
  return (
    <Field
      label={props.label}
      hint={props.hint}
      {...(props.id === undefined ? {} : { id: props.id })}
      {...(props.className === undefined ? {} : { className: props.className })}
    >
      {(control) => (
        <Select
          {...control}
          value={props.value}
          options={props.options}
          disabled={props.disabled}
          onChange={props.onChange}
        />
      )}
    </Field>
  );
}
