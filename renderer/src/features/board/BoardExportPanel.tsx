/**
 * Board outputs: the Word report and the workbook, saved the way every export is: the desktop
 * app's save dialog (the page gets a single-use grant, never a path), or a browser download.
 */
import { useId, useState } from 'react';
import type { BoardExportResult } from '@shared/api/board';
import { SUPPRESSION_RULE, boardExportName } from '@shared/domain/board';
import { chooseSaveTarget, deliverDownload, savedWhere } from '../../api/save-file';
import { useApiClient } from '../../api/ApiProvider';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { useAsyncAction } from '../../components/useAsyncAction';
import { useBoard } from './board-context';

type Format = 'docx' | 'xlsx';
const formatWords: Readonly<Record<Format, { name: string; filter: string }>> = {
  docx: { name: 'board report', filter: 'Word document' },
  xlsx: { name: 'board workbook', filter: 'Excel workbook' },
};

export function BoardExportPanel() {
  const id = useId();
  const client = useApiClient();
  const announce = useAnnounce();
  const { roots, filter } = useBoard();
  const action = useAsyncAction();
  const [last, setLast] = useState<BoardExportResult | null>(null);

  const start = async (format: Format): Promise<void> => {
    const target = await chooseSaveTarget({
      title: `Export the ${formatWords[format].name}`,
      defaultName: `${boardExportName(format)}.${format}`,
      filters: [{ name: formatWords[format].filter, extensions: [format] }],
    });
    if (target === null) return;
    const result = await action.run(() => client.app('board.export', { roots, filter, format, target }));
    if (result === undefined) {
      announce(`The ${formatWords[format].name} was not saved`);
      return;
    }
    deliverDownload(result);
    setLast(result);
    announce(`Saved the ${formatWords[format].name} ${savedWhere(result)}`);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="board-panel">
      <h2 id={`${id}-heading`}>Board outputs</h2>
      <p className="hint">For the reviews chosen above. Pseudonyms only. {SUPPRESSION_RULE}</p>
      <div className="button-row">
        <Button busy={action.busy} onClick={() => void start('docx')}>
          Export board report (Word)…
        </Button>
        <Button busy={action.busy} onClick={() => void start('xlsx')}>
          Export workbook (Excel)…
        </Button>
      </div>
      {action.busy ? (
        <div className="export-progress" role="status">
          <progress aria-label="Export in progress" /> <span>Working…</span>
        </div>
      ) : null}
      <ErrorMessage error={action.error} title="Not saved" />
      {last === null ? null : (
        <p className="export-result">
          Saved {savedWhere(last)} ({Math.max(1, Math.round(last.bytes / 1024))} KB).
        </p>
      )}
    </section>
  );
}
