/**
 * Board outputs: the Word report and the workbook. The save flow follows the app's existing
 * export pattern (the desktop save dialog where there is one, otherwise a path on this computer)
 * and is kept in this one file so it can follow the app's reworked save flow in one place.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { BoardExportResult } from '../../../../electron/shared/api/board';
import { SUPPRESSION_RULE } from '../../../../electron/shared/domain/board';
import { useApiClient } from '../../api/ApiProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAnnounce } from '../../components/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useBoard } from './board-context';

type Format = 'docx' | 'xlsx';
const formatWords: Readonly<Record<Format, { name: string; filter: string }>> = {
  docx: { name: 'board report', filter: 'Word document' },
  xlsx: { name: 'board workbook', filter: 'Excel workbook' },
};

function SaveDialog({ format, defaultPath, onChoose, onCancel }: { readonly format: Format | null; readonly defaultPath: string; readonly onChoose: (path: string) => void; readonly onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [path, setPath] = useState(defaultPath);
  const extension = format === null ? '' : `.${format}`;
  const problem = path.trim() === '' ? 'Enter where to save the file.' : !path.trim().toLowerCase().endsWith(extension) ? `The file name must end in ${extension}.` : null;
  useEffect(() => setPath(defaultPath), [defaultPath]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (format !== null && !dialog.open) dialog.showModal();
    if (format === null && dialog.open) dialog.close();
  }, [format]);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (problem === null) onChoose(path.trim());
  };
  return (
    <dialog ref={ref} className="save-path-dialog" aria-labelledby={`${id}-title`} onCancel={onCancel}>
      <form onSubmit={submit} className="stacked-form">
        <h2 id={`${id}-title`}>Save the {format === null ? 'file' : formatWords[format].name}</h2>
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

export function BoardExportPanel() {
  const id = useId();
  const client = useApiClient();
  const announce = useAnnounce();
  const { roots, filter } = useBoard();
  const action = useAsyncAction();
  const [pending, setPending] = useState<{ format: Format; defaultPath: string } | null>(null);
  const [last, setLast] = useState<BoardExportResult | null>(null);

  const start = async (format: Format): Promise<void> => {
    const defaultPath = await action.run(() => client.app('board.defaultExportPath', { format }));
    if (defaultPath === undefined) return;
    const bridge = window.casewright;
    if (bridge !== undefined) {
      const chosen = await bridge.showSaveDialog({
        title: `Export the ${formatWords[format].name}`,
        defaultName: defaultPath.split(/[\\/]/).pop() ?? `Board report.${format}`,
        filters: [{ name: formatWords[format].filter, extensions: [format] }],
      });
      if (chosen !== null) await save(format, chosen);
      return;
    }
    setPending({ format, defaultPath });
  };

  const save = async (format: Format, path: string): Promise<void> => {
    setPending(null);
    const result = await action.run(() => client.app('board.export', { roots, filter, format, path }));
    if (result === undefined) {
      announce(`The ${formatWords[format].name} was not saved`);
      return;
    }
    setLast(result);
    announce(`Saved the ${formatWords[format].name} to ${result.path}`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Board outputs</h2>
      <p className="hint">
        For the reviews chosen above. Pseudonyms only. {SUPPRESSION_RULE}
      </p>
      <div className="button-row">
        <button type="button" disabled={action.busy} onClick={() => void start('docx')}>
          Export board report (Word)…
        </button>
        <button type="button" disabled={action.busy} onClick={() => void start('xlsx')}>
          Export workbook (Excel)…
        </button>
      </div>
      {action.busy ? (
        <div className="export-progress" role="status">
          <progress aria-label="Export in progress" /> <span>Working…</span>
        </div>
      ) : null}
      <ErrorMessage error={action.error} title="Not saved" />
      {last === null ? null : (
        <p className="export-result">
          Saved to <code>{last.path}</code> ({Math.max(1, Math.round(last.bytes / 1024))} KB).
        </p>
      )}
      <SaveDialog
        format={pending?.format ?? null}
        defaultPath={pending?.defaultPath ?? ''}
        onChoose={(path) => {
          if (pending !== null) void save(pending.format, path);
        }}
        onCancel={() => setPending(null)}
      />
    </section>
  );
}
