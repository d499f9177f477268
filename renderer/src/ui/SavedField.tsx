import { useEffect, useState } from 'react';
import { isoDayToWords, readDateInput } from './date-input';
import { Field } from './Field';

/**
 * A field that saves when the reviewer leaves it or presses Enter, and shows the stored value
 * again when it changes elsewhere (undo). Escape puts back the stored value. A date field keeps
 * an ISO day and shows it in UK long form; text that is not one day is refused with a reason.
 */
export function SavedField(props: {
  readonly label: string;
  readonly value: string;
  readonly onSave: (value: string) => Promise<void>;
  readonly type?: 'text' | 'date';
  readonly required?: boolean;
  readonly hint?: string;
  readonly id?: string;
}) {
  const isDate = props.type === 'date';
  const shown = isDate ? isoDayToWords(props.value) : props.value;
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setDraft(shown);
    setProblem(null);
  }, [shown]);
  const commit = (): void => {
    if (draft === shown) return;
    if (props.required === true && draft.trim() === '') {
      setDraft(shown);
      return;
    }
    if (!isDate) {
      void props.onSave(draft);
      return;
    }
    const reading = readDateInput(draft, 'day');
    if (reading.kind === 'problem') {
      setProblem(reading.message);
      return;
    }
    setProblem(null);
    const next = reading.kind === 'ok' ? reading.iso : '';
    if (next === props.value) setDraft(shown);
    else void props.onSave(next);
  };
  const hint = props.hint ?? (isDate ? 'For example 3 February 2021 or 03/02/2021.' : undefined);
  return (
    <Field
      label={props.label}
      hint={hint}
      error={problem}
      required={props.required}
      {...(props.id === undefined ? {} : { id: props.id })}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          value={draft}
          required={props.required}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') {
              setDraft(shown);
              setProblem(null);
            }
          }}
        />
      )}
    </Field>
  );
}
