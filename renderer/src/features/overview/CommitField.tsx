import { useEffect, useState } from 'react';

/**
 * A text field that saves when the reviewer leaves it or presses Enter, and shows the stored
 * value again when it changes elsewhere (undo). Escape puts back the stored value.
 */
export function CommitField(props: {
  id: string;
  label: string;
  value: string;
  onCommit: (value: string) => Promise<void>;
  type?: 'text' | 'date';
  required?: boolean;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const commit = (): void => {
    if (draft === props.value) return;
    if (props.required === true && draft.trim() === '') {
      setDraft(props.value);
      return;
    }
    void props.onCommit(draft);
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={draft}
        required={props.required}
        autoComplete="off"
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
