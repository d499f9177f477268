import { useState } from 'react';
import type { ImportReport } from '@shared/domain/chronology';
import { useReviewCommand } from '@renderer/api/ReviewProvider';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { useAsyncAction } from '@renderer/components/useAsyncAction';
import { FIELD_LABELS } from './mapping';
import { ProblemsTable } from './ProblemsTable';
import { Button } from '@renderer/ui/Button';

/**
 * What an import did: counts, what became of every column (including those the reviewer left
 * out), rejected rows (with their text), new event types; and taking the whole import out again.
 */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const command = useReviewCommand();
  const action = useAsyncAction();
  const [removed, setRemoved] = useState(report.removedAt !== null);
  const leftOut = report.columnFates.filter((f) => f.fate === 'ignored').map((f) => f.header);
  const kept = report.columnFates.filter((f) => f.fate === 'extra').map((f) => f.header);
  const mapped = report.columnFates.flatMap((f) =>
    f.fate === 'field' ? [`“${f.header}” as ${FIELD_LABELS[f.field]}`] : [],
  );
  const toggle = async (): Promise<void> => {
    if (report.importId === null) return;
    const id = report.importId;
    const done = await action.run(() =>
      command(removed ? 'chronology.restoreImport' : 'chronology.removeImport', { importId: id }),
    );
    if (done !== undefined) setRemoved(!removed);
  };
  return (
    <section className="cw-import-report" aria-labelledby="cw-import-report-heading">
      <h2 id="cw-import-report-heading">Import report: {report.fileName}</h2>
      <ul>
        <li>
          <strong>{report.imported}</strong> {report.imported === 1 ? 'entry' : 'entries'} imported for {report.agency}
        </li>
        <li>
          <strong>{report.rejected.length}</strong> rows rejected
        </li>
        <li>
          <strong>{report.duplicates.length}</strong> possible duplicates found
        </li>
        {report.newEventTypes.length > 0 ? <li>New event types added: {report.newEventTypes.join(', ')}</li> : null}
        {mapped.length > 0 ? <li>Columns imported: {mapped.join(', ')}</li> : null}
        {kept.length > 0 ? <li>Kept word for word on each entry: {kept.map((h) => `“${h}”`).join(', ')}</li> : null}
        <li>
          Columns left out at your request: {leftOut.length === 0 ? 'none' : leftOut.map((h) => `“${h}”`).join(', ')}
        </li>
        {report.sourceNotes.notesAboveHeader.length > 0 ? (
          <li>
            Text above the column headings, kept with this import:
            <ul>
              {report.sourceNotes.notesAboveHeader.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </li>
        ) : null}
        {report.sourceNotes.otherSheets.length > 0 ? (
          <li>
            Other sheets in the workbook, kept with this import:
            <ul>
              {report.sourceNotes.otherSheets.map((sheet) => (
                <li key={sheet.sheet}>
                  {sheet.sheet}:
                  <ul>
                    {sheet.lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
      </ul>
      <ProblemsTable
        caption="Rejected rows"
        problems={report.rejected.map((r) => ({
          file: report.fileName,
          row: r.row,
          ...(r.column === null ? {} : { column: r.column }),
          ...(r.field === null ? {} : { field: r.field }),
          reason: r.raw === '' ? r.reason : `${r.reason} — row was: ${r.raw}`,
        }))}
      />
      {report.importId !== null && !report.dryRun ? (
        <div className="cw-import-undo">
          <p className="hint">
            {removed
              ? 'This import has been taken out of the review. You can put it back exactly as it was.'
              : 'You can take this whole import out again, with its entries and duplicate flags, now or after reopening the review; it can be put back afterwards.'}
          </p>
          <ErrorMessage
            error={action.error}
            title={removed ? 'The import was not put back' : 'The import was not taken out'}
          />
          <Button busy={action.busy} onClick={() => void toggle()}>
            {removed ? 'Put this import back' : 'Take this import out again'}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
