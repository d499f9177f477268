import { useEffect, useId, useState } from 'react';

/**
 * A field that saves when the reviewer leaves it or presses Enter, and shows the stored value
 * again when it changes elsewhere (undo). Escape puts back the stored value.
 */
export function SavedField(props: {
  label: string;
  value: string;
  onSave: (value: string) => Promise<void>;
  type?: 'text' | 'date';
  required?: boolean;
  hint?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = (): void => {
    if (draft === props.value) return;
    if (props.required === true && draft.trim() === '') {
      setDraft(props.value);
      return;
    }
    void props.onSave(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        type={props.type ?? 'text'}
        value={draft}
        required={props.required}
        autoComplete="off"
        aria-describedby={props.hint === undefined ? undefined : `${id}-hint`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(props.value);
        }}
      />
    </div>
  );
}

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
              className="link-button"
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
        <input
          id={id}
          value={draft}
          autoComplete="off"
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="secondary" onClick={add} disabled={draft.trim() === ''}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
