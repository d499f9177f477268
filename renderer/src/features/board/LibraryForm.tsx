import { useId, useState, type FormEvent } from 'react';
import { TextArea } from '@renderer/ui/TextInput';

/** Which folders and review files make up the library: one per line, as on a shared drive. */
export function LibraryForm({
  initial,
  onOpen,
}: {
  readonly initial: readonly string[];
  readonly onOpen: (roots: readonly string[]) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial.join('\n'));
  const roots = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (roots.length > 0) onOpen(roots);
  };
  return (
    <form className="stacked-form board-library-form" onSubmit={submit}>
      <label htmlFor={`${id}-roots`}>Folders and review files (one per line)</label>
      <TextArea
        id={`${id}-roots`}
        rows={3}
        value={text}
        onChange={setText}
        aria-describedby={`${id}-hint`}
        spellCheck={false}
      />
      <p id={`${id}-hint`} className="hint">
        Reviews are only read: Casewright never changes, upgrades or locks them. Subfolders are included.
      </p>
      <button type="submit" disabled={roots.length === 0}>
        Open library
      </button>
    </form>
  );
}
