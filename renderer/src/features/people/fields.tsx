import { useId, useState } from 'react';
import { TextInput } from '@renderer/ui/TextInput';

/** A list of short texts (aliases, agencies): each removable, plus one field to add another. */
export function StringListField(props: {
  label: string;
  itemNoun: string;
  values: readonly string[];
  onSave: (values: string[]) => Promise<void>;
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = (): void => {
    const value = draft.trim();
    if (value === '' || props.values.includes(value)) return;
    setDraft('');
    void props.onSave([...props.values, value]);
  };
  return (
    <fieldset className="list-field">
      <legend>{props.label}</legend>
      {props.hint === undefined ? null : <p className="hint">{props.hint}</p>}
      {props.values.length === 0 ? <p className="hint">None.</p> : null}
      <ul>
        {props.values.map((value) => (
          <li key={value}>
            <span>{value}</span>{' '}
            <button
              type="button"
              className="cw-button is-link"
              aria-label={`Remove ${props.itemNoun} ${value}`}
              onClick={() => void props.onSave(props.values.filter((v) => v !== value))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={id}>Add {props.itemNoun}</label>
        <TextInput
          id={id}
          value={draft}
          autoComplete="off"
          onChange={setDraft}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={draft.trim() === ''}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
