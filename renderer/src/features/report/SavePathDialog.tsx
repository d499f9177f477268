import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

/**
 * Where to save an export. Electron shows the platform's save dialog; the browser edition has
 * none, so this modal asks for a path on this computer, pre-filled with the default
 * (~/Documents/Casewright/<title>.docx). A native <dialog> gives focus trapping, Escape to
 * cancel and the modal semantics screen readers expect.
 */
export function SavePathDialog({
  open,
  title,
  defaultPath,
  onChoose,
  onCancel,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly defaultPath: string;
  readonly onChoose: (path: string) => void;
  readonly onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [path, setPath] = useState(defaultPath);
  const problem = path.trim() === '' ? 'Enter where to save the file.' : !/\.(docx|pdf)$/i.test(path.trim()) ? 'A Word file ends in .docx, a PDF in .pdf.' : null;

  useEffect(() => setPath(defaultPath), [defaultPath]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (problem === null) onChoose(path.trim());
  };

  return (
    <dialog ref={ref} className="save-path-dialog" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form onSubmit={submit} className="stacked-form">
        <h2 id={`${id}-title`}>{title}</h2>
        <label htmlFor={`${id}-path`}>Save as (a path on this computer)</label>
        <input id={`${id}-path`} value={path} onChange={(event) => setPath(event.target.value)} aria-describedby={`${id}-hint`} spellCheck={false} />
        <p id={`${id}-hint`} className={problem === null ? 'hint' : 'hint warning-message'}>
          {problem ?? 'A full path, or one starting with ~ for your home folder. Folders that do not exist yet are created.'}
        </p>
        <div className="dialog-buttons">
          <button type="submit" disabled={problem !== null}>
            Save
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
