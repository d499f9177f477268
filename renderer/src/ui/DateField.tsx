import { useEffect, useState } from 'react';
import { readDateInput, isoDayToWords, type DateBound } from './date-input';
import { Field } from './Field';
import { TextInput } from './TextInput';

/**
 * The one date field: a text box (no browser date picker, whose format follows the browser's
 * locale) that reads dates as the importer does and says how it understood them. The stored
 * value is an ISO day; it is shown in UK long form ("3 February 2021").
 *
 * `onChange` receives the ISO day, '' when the box is emptied, or null while the text cannot be
 * read as a date (so a form can refuse to submit it).
 */
export function DateField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso: string | null) => void;
  readonly bound?: DateBound;
  readonly hint?: string;
  readonly required?: boolean;
  readonly id?: string;
}) {
  const bound = props.bound ?? 'day';
  const [text, setText] = useState(isoDayToWords(props.value));
  // Follow the stored value when it changes elsewhere, unless the text already means it.
  useEffect(() => {
    setText((current) => {
      const reading = readDateInput(current, bound);
      const same = reading.kind === 'ok' ? reading.iso === props.value : reading.kind === 'empty' && props.value === '';
      return same ? current : isoDayToWords(props.value);
    });
  }, [props.value, bound]);
  const reading = readDateInput(text, bound);
  const hint = props.hint ?? 'For example 3 February 2021, 03/02/2021, May 2014 or Spring 2021.';
  return (
    <Field
      label={props.label}
      hint={hint}
      required={props.required}
      error={reading.kind === 'problem' ? reading.message : null}
      {...(props.id === undefined ? {} : { id: props.id })}
    >
      {(control) => (
        <>
          <TextInput
            {...control}
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(typed) => {
              setText(typed);
              const next = readDateInput(typed, bound);
              props.onChange(next.kind === 'ok' ? next.iso : next.kind === 'empty' ? '' : null);
            }}
            onBlur={() => {
              if (reading.kind === 'ok' && bound === 'day') setText(reading.words);
            }}
          />
          {reading.kind === 'ok' && reading.words !== text.trim() ? (
            <p className="cw-field-reading" aria-live="polite">
              Read as {reading.words}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}
