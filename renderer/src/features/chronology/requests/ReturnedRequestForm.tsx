import { useId, useState, type FormEvent } from 'react';
import type { ImportReport } from '@shared/domain/chronology';
import { Button } from '@renderer/ui/Button';
import { ErrorMessage } from '@renderer/ui/ErrorMessage';
import { countOf } from '@renderer/ui/words';
import { bytesToBase64 } from '../import/base64';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { HeadedForm } from '@renderer/ui/HeadedForm';

/**
 * Import a workbook an agency sent back. Nothing to map: the workbook says which review and which
 * agency it is for. Every row is checked as in any import; by default nothing is imported while a
 * row has a problem, and each problem is listed with its row and column.
 */
export function ReturnedRequestForm() {
  const ids = useId();
  const { command, announce, action } = useReviewChange();
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (file === null) return;
    setReport(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await action.run(() =>
      command('requests.importApply', { fileName: file.name, bytesBase64: bytesToBase64(bytes), skipInvalid }),
    );
    if (result === undefined) return;
    setReport(result);
    announce(`${countOf(result.imported, 'entry', 'entries')} imported from ${result.agency}`);
  };

  const rejectedRows = report === null ? 0 : new Set(report.rejected.map((r) => r.row)).size;
  return (
    <HeadedForm
      className="stacked-form cw-request-form"
      headingLevel={2}
      title="Import a returned request"
      onSubmit={(event) => void submit(event)}
    >
      <div className="cw-field">
        <label htmlFor={`${ids}-file`} className="cw-field-label">
          Returned workbook (.xlsx)
        </label>
        <input
          id={`${ids}-file`}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </div>
      <label className="cw-request-choice">
        <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} />
        If some rows have problems, import the others and keep the problem rows in the import report
      </label>
      <ErrorMessage error={action.error} title="Nothing was imported" />
      <Button type="submit" variant="primary" busy={action.busy} disabled={file === null}>
        {action.busy ? 'Importing…' : 'Import'}
      </Button>
      {report === null ? null : (
        <div className="cw-request-report" role="status">
          <p>
            Imported {countOf(report.imported, 'entry', 'entries')} from {report.fileName} ({report.agency})
            {rejectedRows > 0 ? `; ${countOf(rejectedRows, 'row')} left out to correct` : ''}.
          </p>
          {report.rejected.length > 0 ? (
            <ul>
              {report.rejected.map((r, index) => (
                <li key={index}>
                  Row {r.row}
                  {r.column === null ? '' : `, ${r.column}`}: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </HeadedForm>
  );
}
