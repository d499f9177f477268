import type { FieldProps } from './Field';
import { Field } from './Field';
import { TextArea, TextInput } from './TextInput';

/**
 * A Field holding text the reviewer types: one line, or several with `rows`. The common case of
 * Field, so a form says only what the field is and where its value goes.
 */
export function TextField({
  value,
  onChange,
  rows,
  placeholder,
  autoComplete,
  ...field
}: Omit<FieldProps, 'children'> & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** A multi-line field this many lines tall. */
  readonly rows?: number;
  readonly placeholder?: string;
  readonly autoComplete?: string;
}) {
  return (
    <Field {...field}>
      {(control) => {
        const text = { ...control, value, placeholder, autoComplete, onChange };
        return rows === undefined ? <TextInput {...text} /> : <TextArea {...text} rows={rows} />;
      }}
    </Field>
  );
}
