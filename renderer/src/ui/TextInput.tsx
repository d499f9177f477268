import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { FieldControlProps } from './Field';

/** The value of a text control and what to do with the text as it is typed. */
interface TextValue {
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/** An element's own attributes, with the text value in place of its value and change event. */
type TextProps<Attributes> = Omit<Attributes, keyof TextValue> & TextValue;

/**
 * An `<input>` for text that hands back the text typed. Bare: the control inside a Field (spread
 * the Field's control props into it), or one labelled by its own `<label htmlFor>`.
 */
export function TextInput({ value, onChange, ...input }: TextProps<InputHTMLAttributes<HTMLInputElement>>) {
  return <input {...input} value={value} onChange={(event) => onChange(event.target.value)} />;
}

/** A `<textarea>` that hands back the text typed; bare, as `TextInput`. */
export function TextArea({ value, onChange, ...textarea }: TextProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return <textarea {...textarea} value={value} onChange={(event) => onChange(event.target.value)} />;
}

/** What a Field's own kind of text control (a vague date, an agency) takes: the Field's ids and the text. */
export interface FieldTextControlProps extends TextValue {
  readonly control: FieldControlProps;
  readonly required?: boolean;
  readonly autoComplete?: string;
}
